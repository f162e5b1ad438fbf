package io.veil.recognize.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IbanMod97Test {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "GB82WEST12345698765432, VALID",
            "DE89370400440532013000, VALID",
            "FR1420041010050500013M02606, VALID",
            "NL91ABNA0417164300, VALID",
            "GB82WEST12345698765433, INVALID",
            "DE89370400440532013001, INVALID",
            "DE8937040044053201300, INVALID",
            "XX89370400440532013000, INVALID",
            "GB82 WEST 1234, NO_OPINION",
            "1234567890, NO_OPINION"})
    void ibanCheckGivesTheExpectedVerdict(String iban, Verdict expected) {
        assertThat(IbanMod97.verify(iban)).isEqualTo(expected);
    }

    @Test
    void countryLengthsComeFromTheRegistry() {
        assertThat(IbanMod97.lengthOf("DE")).isEqualTo(22);
        assertThat(IbanMod97.lengthOf("NO")).isEqualTo(15);
        assertThat(IbanMod97.lengthOf("US")).isZero();
    }
}
