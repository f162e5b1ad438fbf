package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailRecognizerTest {
    private final EmailRecognizer emails = new EmailRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "write to jane.doe@example.com today | jane.doe@example.com",
            "jane+news@mail.example.org. | jane+news@mail.example.org",
            "<user@xn--80ak6aa92e.com> | user@xn--80ak6aa92e.com",
            "Kontakt: müller@example.de | müller@example.de"})
    void mustMatch(String text, String value) {
        assertThat(Reported.values(emails, text, Category.EMAIL_ADDRESS)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"my email is info@example.", "hello-world here", "a@b", "user@host.notatld", "@example.com"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(emails, text, Category.EMAIL_ADDRESS)).isEmpty();
    }
}
