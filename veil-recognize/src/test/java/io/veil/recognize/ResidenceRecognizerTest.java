package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class ResidenceRecognizerTest {
    private final ResidenceRecognizer residence = new ResidenceRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "Jessica Smith lives in New York. | New York",
            "John Constantine lives in London. | London",
            "Frau Weber wohnt in Frankfurt am Main seit 2019 | Frankfurt am Main",
            "Elle habite à Saint-Étienne. | Saint-Étienne",
            "Hij woont in Den Haag | Den Haag",
            "She moved to Málaga last year | Málaga"})
    void mustMatch(String text, String place) {
        assertThat(Reported.values(residence, text, Category.PHYSICAL_ADDRESS)).containsExactly(place);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"He lives in fear of the tax office", "London is a large city", "The data lives in memory",
            "shipping to Paris takes two days"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(residence, text, Category.PHYSICAL_ADDRESS)).isEmpty();
    }
}
