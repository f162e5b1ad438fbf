package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.Verdict;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CreditCardRecognizerTest {
    private final CreditCardRecognizer cards = new CreditCardRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "4111111111111111 | 4111111111111111 | visa",
            "card: 4111 1111 1111 1111 | 4111 1111 1111 1111 | visa",
            "5555-5555-5555-4444 | 5555-5555-5555-4444 | mastercard",
            "Amex 378282246310005 | 378282246310005 | amex",
            "6011000400000000 | 6011000400000000 | discover",
            "3528000700000000 | 3528000700000000 | jcb",
            "30569309025904 | 30569309025904 | diners",
            "6759649826438453 | 6759649826438453 | maestro",
            "6200000000000005 | 6200000000000005 | unionpay"})
    void mustMatch(String text, String value, String brand) {
        List<Finding> found = Reported.findings(cards, text);
        assertThat(found).extracting(Finding::value).containsExactly(value);
        assertThat(found.get(0).attributes()).containsEntry("card_type", brand);
        assertThat(found.get(0).confidence()).isGreaterThanOrEqualTo(0.85);
        assertThat(found.get(0).explanation().validation()).isEqualTo(Verdict.VALID);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"4111111111111112", "4012-8888-8888-1882", "1748503543012", "1234567812345670",
            "36168002586008", "4111 1111"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(cards, text, Category.CREDIT_CARD)).isEmpty();
    }

    @Test
    void threeCardsOnOneLineAreThreeFindings() {
        String text = "4012888888881881 4012-8888-8888-1881 4012 8888 8888 1881";
        assertThat(Reported.values(cards, text, Category.CREDIT_CARD))
                .containsExactly("4012888888881881", "4012-8888-8888-1881", "4012 8888 8888 1881");
    }
}
