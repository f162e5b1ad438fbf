package io.veil.recognize.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Verdict;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published examples and synthetic numbers computed by hand, each with a broken twin. */
class NationalIdChecksTest {
    private static final Map<String, Function<String, Verdict>> CHECKS = Map.ofEntries(
            Map.entry("de", NationalIdChecks::deSteuerId), Map.entry("nl", NationalIdChecks::nlBsn),
            Map.entry("be", NationalIdChecks::beNationalNumber), Map.entry("pl", NationalIdChecks::plPesel),
            Map.entry("se", NationalIdChecks::sePersonnummer), Map.entry("dk", NationalIdChecks::dkCpr),
            Map.entry("pt", NationalIdChecks::ptNif), Map.entry("at", NationalIdChecks::atSvnr),
            Map.entry("nhs", NationalIdChecks::ukNhs), Map.entry("itin", NationalIdChecks::usItin),
            Map.entry("fr", NationalIdChecks::frNir));

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "de, 86095742719, VALID", "de, 25891037453, VALID", "de, 86095742718, INVALID",
            "de, 12345678903, INVALID",   // check digit right but all ten digits distinct: never issued
            "de, 11111111111, INVALID", "de, 11112345678, INVALID", "de, 06095742719, INVALID",
            "de, 1234567890, NO_OPINION",
            "nl, 111222333, VALID", "nl, 123456782, VALID", "nl, 123456783, INVALID", "nl, 000000000, INVALID",
            "nl, 12345678, NO_OPINION",
            "be, 85073003328, VALID", "be, 01020312345, VALID", "be, 85073003329, INVALID",
            "be, 85133003328, INVALID",
            "pl, 44051401458, VALID", "pl, 02070803628, VALID", "pl, 02210112348, VALID", "pl, 44051401459, INVALID",
            "pl, 85040812345, INVALID", "pl, 11110021111, INVALID",
            "se, 8112289874, VALID", "se, 198112289874, VALID", "se, 189004119807, VALID", "se, 8112289875, INVALID",
            "se, 200504422381, INVALID", "se, 190013092393, INVALID", "se, 8112289, NO_OPINION",
            "dk, 0707614285, VALID", "dk, 0707614286, NO_OPINION", "dk, 3213614285, INVALID",
            "pt, 123456789, VALID", "pt, 234567899, VALID", "pt, 123456788, INVALID", "pt, 423456789, INVALID", "pt, 666000000, INVALID", "pt, 453456782, VALID",
            "at, 1237010180, VALID", "at, 1238010180, INVALID", "at, 1237320180, INVALID",
            "nhs, 9434765919, VALID", "nhs, 4010232137, VALID", "nhs, 0032698674, VALID", "nhs, 4010232138, INVALID",
            "nhs, 1111111111, INVALID",
            "itin, 911701234, VALID", "itin, 911531234, VALID", "itin, 911891234, INVALID",
            "itin, 078051123, INVALID",
            "fr, 184127645108946, VALID", "fr, 269052A00412314, VALID", "fr, 184127645108947, INVALID",
            "fr, 184137645108946, INVALID", "fr, 384127645108946, NO_OPINION"})
    void checkDigitsGiveAVerdict(String country, String value, Verdict expected) {
        assertThat(CHECKS.get(country).apply(value)).isEqualTo(expected);
    }
}
