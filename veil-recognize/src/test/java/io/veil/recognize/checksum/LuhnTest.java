package io.veil.recognize.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LuhnTest {
    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({
            "4111111111111111, VALID",
            "5555555555554444, VALID",
            "378282246310005, VALID",
            "490154203237518, VALID",
            "79927398713, VALID",
            "4111111111111112, INVALID",
            "79927398710, INVALID",
            "1234567812345678, INVALID",
            "4111-1111-1111-1111, NO_OPINION",
            "7, NO_OPINION",
            "41x1, NO_OPINION"})
    void luhnGivesTheExpectedVerdict(String digits, Verdict expected) {
        assertThat(Luhn.verify(digits)).isEqualTo(expected);
    }
}
