package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class IbanRecognizerTest {
    private final IbanRecognizer ibans = new IbanRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "GB82WEST12345698765432 | GB82WEST12345698765432",
            "IBAN: GB82 WEST 1234 5698 7654 32 | GB82 WEST 1234 5698 7654 32",
            "Konto DE89 3704 0044 0532 0130 00, danke | DE89 3704 0044 0532 0130 00",
            "AL47-2121-1009-0000-0002-3569-8741 | AL47-2121-1009-0000-0002-3569-8741",
            "my iban is gb82west12345698765432 | gb82west12345698765432",
            "this is an iban VG96 VPVG 0000 0123 4567 8901 X in a sentence | VG96 VPVG 0000 0123 4567 8901"})
    void mustMatch(String text, String value) {
        assertThat(Reported.findings(ibans, text)).singleElement().satisfies(f -> {
            assertThat(f.value()).isEqualTo(value);
            assertThat(f.attributes()).containsEntry("account_type", "iban");
            assertThat(f.confidence()).isGreaterThanOrEqualTo(0.85);
        });
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"GB82WEST12345698765433", "AL47 212A 1009 0000 0002 3569 8741", "AD12000A2030200359100100",
            "EE38 2200 2210  014 5686", "AL47/2121/1009/0000/0002/3569/8741", "IL15 0120 6900 0000 3111 0120 6900 0000 3111 141",
            "Gb82West12345698765432"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(ibans, text, Category.BANK_ACCOUNT)).isEmpty();
    }

    @org.junit.jupiter.api.Test
    void onlyTheIbanSurvivesTheCardAndPhoneRunsInsideIt() {
        String text = "Pay to DE89 3704 0044 0532 0130 00 please";
        java.util.List<Finding> all = new java.util.ArrayList<>();
        for (var r : java.util.List.of(ibans, new CreditCardRecognizer(), new PhoneRecognizer(PhoneRecognizer.DEFAULT_REGIONS),
                new UsSsnRecognizer())) {
            all.addAll(r.find(text, 1));
        }
        assertThat(Recognizers.defaultResolver().resolve(all)).extracting(Finding::category).containsExactly(Category.BANK_ACCOUNT);
    }
}
