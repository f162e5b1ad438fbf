package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class PhoneRecognizerTest {
    private final PhoneRecognizer phones = new PhoneRecognizer(PhoneRecognizer.DEFAULT_REGIONS);

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "My US number is (415) 555-0132 | (415) 555-0132",
            "Call +44 20 7946 0958 today | +44 20 7946 0958",
            "UK mobile 07700 900123 | 07700 900123",
            "Tel. 030 12345678 | 030 12345678",
            "téléphone : 01 42 68 53 00 | 01 42 68 53 00",
            "My Japanese number is 090-1234-5678 | 090-1234-5678",
            "Phone: 467 3395 | 467 3395"})
    void mustMatch(String text, String value) {
        assertThat(Reported.values(phones, text, Category.PHONE_NUMBER)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"The year 2021 was long", "Version 1.2.3", "467 3395", "Order number 4155550132",
            "Invoice no 030 12345678", "ZIP: 75534-030"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(phones, text, Category.PHONE_NUMBER)).isEmpty();
    }

    @Test
    void unknownRegionIsRefused() {
        assertThatThrownBy(() -> new PhoneRecognizer(List.of("XX"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void findingExplainsTheContextWord() {
        assertThat(phones.find("phone 415-555-0132", 1).get(0).explanation().contextWords()).containsExactly("phone");
    }
}
