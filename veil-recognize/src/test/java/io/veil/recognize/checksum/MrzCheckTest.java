package io.veil.recognize.checksum;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The ICAO 9303 specimens (Anna Maria Eriksson of Utopia), and the same zones with one character changed. */
class MrzCheckTest {
    static final String TD3_1 = "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<";
    static final String TD3_2 = "L898902C36UTO7408122F1204159ZE184226B<<<<<10";
    static final String TD1_1 = "I<UTOD231458907<<<<<<<<<<<<<<<";
    static final String TD1_2 = "7408122F1204159UTO<<<<<<<<<<<6";
    static final String TD1_3 = "ERIKSSON<<ANNA<MARIA<<<<<<<<<<";

    @ParameterizedTest(name = "check digit of {0} is {1}")
    @CsvSource({"L898902C3, 6", "740812, 2", "120415, 9", "D23145890, 7", "<<<<<<, 0", "ab1, -1"})
    void checkDigitsUseWeights731(String field, int expected) {
        assertThat(MrzCheck.digit(field)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "TD3 line 2 {0} is {1}")
    @CsvSource({
            "L898902C36UTO7408122F1204159ZE184226B<<<<<10, VALID",
            "L898902C37UTO7408122F1204159ZE184226B<<<<<10, INVALID",
            "L898902C36UTO7408123F1204159ZE184226B<<<<<10, INVALID",
            "L898902C36UTO7408122F1204159ZE184226B<<<<<11, INVALID",
            "L898902C36UTO7408122F1204159ZE184226B<<<<1, NO_OPINION"})
    void passportZoneNeedsEveryCheckDigit(String line2, Verdict expected) {
        assertThat(MrzCheck.td3(TD3_1, line2)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "TD1 line 1 {0} is {1}")
    @CsvSource({"I<UTOD231458907<<<<<<<<<<<<<<<, VALID", "I<UTOD231458908<<<<<<<<<<<<<<<, INVALID",
            "I<UTOD231458907<<<<<<<<<<<<<<, NO_OPINION"})
    void idCardZoneNeedsEveryCheckDigit(String line1, Verdict expected) {
        assertThat(MrzCheck.td1(line1, TD1_2, TD1_3)).isEqualTo(expected);
    }
}
