package io.veil.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class PseudonymsTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "4111 1111 1111 1111;       **** **** **** 1111",
            "GB82 WEST 1234 5698 7654 32; **** **** **** **** **54 32",
            "4111-1111-1111-1111;       ****-****-****-1111"})
    void partialKeepsExactlyTheLastFourLettersOrDigits(String value, String expected) {
        assertThat(Pseudonyms.keepLast(value, 4)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "15/03/1982;      XX/XX/1982",
            "1982-03-15;      1982-XX-XX",
            "15 March 2001;   XX XXXXX 2001"})
    void yearOnlyKeepsTheYear(String value, String expected) {
        assertThat(Pseudonyms.keepYear(value)).contains(expected);
    }

    @ParameterizedTest(name = "{0} has no year")
    @CsvSource({"15/03/82", "12345678"})
    void dateWithoutAFourDigitYearHasNoYearMask(String value) {
        assertThat(Pseudonyms.keepYear(value)).isEmpty();
    }
}
