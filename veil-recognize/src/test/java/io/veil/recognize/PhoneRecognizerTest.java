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
            "Phone: 467 3395 | 467 3395",
            "My Japanese number is +81 90-1234-5678 ext. 12 | +81 90-1234-5678 ext. 12",
            "BR: 11 98456 5666 | 11 98456 5666"})
    void mustMatch(String text, String value) {
        assertThat(Reported.values(phones, text, Category.PHONE_NUMBER)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"The year 2021 was long", "Version 1.2.3", "467 3395", "Order number 4155550132",
            "Invoice no 030 12345678", "ZIP: 75534-030",
            "2026-12-07 login ok", "am 07.12.2026 angemeldet"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(phones, text, Category.PHONE_NUMBER)).isEmpty();
    }

    @Test
    void numbersAreFoundOnAMegabyteLineAndAFarCountryNameDoesNotCount() {
        String filler = "lorem ipsum dolor sit amet ".repeat(40_000);
        String text = "BR: " + filler + "11 98456 5666 and " + filler + "call +44 20 7946 0958";
        // The Brazilian number is a megabyte away from "BR": it fits no default region, so only the + number is found.
        assertThat(Reported.values(phones, text, Category.PHONE_NUMBER)).containsExactly("+44 20 7946 0958");
    }

    @Test
    void windowsCoverEachDigitRunWithItsMarginAndMergeWhenTheyTouch() {
        String text = "a".repeat(100) + " +44 20 7946 0958 " + "b".repeat(100) + " 12 and 34 5678 9012";
        List<io.veil.model.TextSpan> w = PhoneRecognizer.windows(text);
        assertThat(w).hasSize(2);
        assertThat(w.get(0).of(text)).contains("+44 20 7946 0958");
        assertThat(w.get(1).of(text)).endsWith("34 5678 9012").doesNotContain("+44");
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
