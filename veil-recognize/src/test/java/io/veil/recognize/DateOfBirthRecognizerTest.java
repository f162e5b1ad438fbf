package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.RedactionKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DateOfBirthRecognizerTest {
    private final DateOfBirthRecognizer dobs = new DateOfBirthRecognizer();

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "DOB: 03/14/1985 | 03/14/1985",
            "Date of birth 1985-03-14 | 1985-03-14",
            "born on March 14, 1985 in Ohio | March 14, 1985",
            "Geburtsdatum: 14.03.1985 | 14.03.1985",
            "geboren am 14. März 1985 | 14. März 1985",
            "né le 14 mars 1985 à Lyon | 14 mars 1985",
            "date de naissance : 14/03/1985 | 14/03/1985",
            "fecha de nacimiento: 14 de marzo de 1985 | 14 de marzo de 1985",
            "nato il 14 marzo 1985 | 14 marzo 1985",
            "geboortedatum 14-03-1985 | 14-03-1985",
            "geboren op 14 maart 1985 | 14 maart 1985"})
    void mustMatch(String text, String value) {
        assertThat(Reported.values(dobs, text, Category.DATE_OF_BIRTH)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"Invoice date 14.03.1985", "Today is 5-20-2021", "Meeting on March 14, 1985",
            "born in 1985", "DOB: 45/45/1985"})
    void mustNotMatch(String text) {
        assertThat(Reported.values(dobs, text, Category.DATE_OF_BIRTH)).isEmpty();
    }

    @Test
    void dateOfBirthKeepsOnlyTheYearByDefault() {
        assertThat(dobs.find("DOB 1985-03-14", 1).get(0).redaction()).isEqualTo(RedactionKind.YEAR_ONLY);
    }
}
