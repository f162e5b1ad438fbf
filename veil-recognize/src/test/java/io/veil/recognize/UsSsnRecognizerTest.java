package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Verdict;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class UsSsnRecognizerTest {
    private final UsSsnRecognizer ssns = new UsSsnRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "078-05-1123 | 078-05-1123",
            "abc 078 05 1123 abc | 078 05 1123",
            "078.05.1123 | 078.05.1123",
            "my SSN is 078051121 | 078051121",
            "social security number: 078-051121 | 078-051121",
            "078051121 | 078051121"})
    void mustMatch(String text, String value) {
        assertThat(Reported.findings(ssns, text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(value);
            assertThat(f.attributes()).containsEntry("national_id_type", "us_ssn");
        });
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"000-12-3456", "666-12-3456", "912-34-5678", "078-00-1123", "078-05-0000", "123-45-6789",
            "078-05-1120", "111-11-1111", "693-09.4444", "0780511201", "the ref is 078051121 ok",
            "Order number 078-05-1123"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(ssns, text, Category.NATIONAL_ID)).isEmpty();
    }

    @ParameterizedTest(name = "{0} is {1}")
    @CsvSource({"078051123, VALID", "666051123, INVALID", "90005112, NO_OPINION"})
    void ssaRangesGiveAVerdict(String digits, Verdict expected) {
        assertThat(UsSsnRecognizer.verify(digits)).isEqualTo(expected);
    }
}
