package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class BicRecognizerTest {
    private final BicRecognizer bics = new BicRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {"BIC: DEUTDEFF | DEUTDEFF", "SWIFT code NWBKGB2L | NWBKGB2L",
            "BIC/SWIFT DEUTDEFF500 | DEUTDEFF500"})
    void mustMatch(String text, String value) {
        assertThat(Reported.findings(bics, text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(value);
            assertThat(f.attributes()).containsEntry("account_type", "bic");
        });
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"DEUTDEFF", "THE MANAGEMENT TEAM", "BIC: DEUTXXFF", "BIC: DEUT"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(bics, text, Category.BANK_ACCOUNT)).isEmpty();
    }
}
