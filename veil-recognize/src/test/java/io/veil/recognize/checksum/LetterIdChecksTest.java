package io.veil.recognize.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Verdict;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Published examples and synthetic values computed by hand, each with a broken twin. */
class LetterIdChecksTest {
    private static final Map<String, Function<String, Verdict>> CHECKS = Map.of(
            "fi", LetterIdChecks::fiHetu, "es", LetterIdChecks::esDniNie, "it", LetterIdChecks::itCodiceFiscale,
            "ie", LetterIdChecks::iePpsn, "nino", LetterIdChecks::ukNino);

    @ParameterizedTest(name = "{0} {1} is {2}")
    @CsvSource({
            "fi, 131052-308T, VALID", "fi, 010101A123N, VALID", "fi, 010594Y9032, VALID", "fi, 131052-308U, INVALID",
            "fi, 310289-211C, INVALID", "fi, 012245A110G, INVALID", "fi, 131052/308T, NO_OPINION",
            "es, 12345678Z, VALID", "es, X1234567L, VALID", "es, Z8078221M, VALID", "es, 1111111G, VALID",
            "es, 12345678A, INVALID", "es, Y8063915Q, INVALID", "es, W8063915Q, NO_OPINION",
            "it, RSSMRA85T10A562S, VALID", "it, BNCGPP70A41F205J, VALID", "it, AAAAAA00B11C333Y, VALID",
            "it, RSSMRA85T10A562T, INVALID", "it, AAAAAA00B11C333N, INVALID", "it, A55AAA00B11C333N, NO_OPINION",
            "ie, 1234567T, VALID", "ie, 1234567FA, VALID", "ie, 1234567A, INVALID", "ie, 1234567TA, INVALID",
            "nino, AB123456C, VALID", "nino, PR123612C, VALID", "nino, BG123612A, INVALID", "nino, NT998877A, INVALID",
            "nino, UV987654B, INVALID", "nino, FQ000000C, INVALID", "nino, AA123456H, NO_OPINION"})
    void checkCharactersGiveAVerdict(String country, String value, Verdict expected) {
        assertThat(CHECKS.get(country).apply(value)).isEqualTo(expected);
    }
}
