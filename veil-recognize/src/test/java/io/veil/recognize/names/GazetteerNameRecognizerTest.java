package io.veil.recognize.names;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.recognize.Recognizers;
import io.veil.spi.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class GazetteerNameRecognizerTest {
    private static GazetteerNameRecognizer names;

    @BeforeAll
    static void load() {
        Path dir = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"), "names");
        Assumptions.assumeTrue(Files.isDirectory(dir), "name lists not fetched (" + dir + "): run scripts/fetch-models.sh");
        names = GazetteerNameRecognizer.load(dir);
    }

    private static List<String> found(String text) {
        return Recognizers.defaultResolver().resolve(names.find(text, 1)).stream()
                .filter(f -> f.category() == Category.FULL_NAME).map(Finding::value).toList();
    }

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            "John Oliver is a comedian. | John Oliver",
            "Richard M. Nixon | Richard M. Nixon",
            "They call me Mr. Mayers | Mr. Mayers",
            "my name is Dan | Dan",
            "Patient: Maria Rossi | Maria Rossi",
            "Sehr geehrte Frau Müller, | Frau Müller",
            "Nom : Dupont, Marie | Dupont, Marie",
            "Signed: JOHN SMITH | JOHN SMITH",
            "Stephan M Urner lives here | Stephan M Urner",
            "Bryan Maclean's car | Bryan Maclean",
            "Dhr. Jansen belt terug | Dhr. Jansen",
            "Will Smith arrived | Will Smith",
            "\"I'm glad\", says Hauta-aho. | Hauta-aho",
            "Petr Kloz spent a year abroad | Petr Kloz",
            "directed by Brad Key | Brad Key",
            "I would like to remove my kid Dzhambek from the will. | Dzhambek",
            "join accounts with ms. Quinzia | ms. Quinzia",
            "my name is vitoria | vitoria",
            "name:    hyuuma t. maida | hyuuma t. maida",
            "Kuba, can I please speak to your boss? | Kuba"})
    void mustMatch(String text, String value) {
        assertThat(found(text)).containsExactly(value);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @ValueSource(strings = {"May I help you?", "Will you come?", "Mark the box.", "The Quick Brown Fox",
            "Thomas Cook Ltd reported", "Total Amount Due", "see Main Street", "I live at 12 Joaquin Suarez 2906",
            "MEETING AGENDA", "Can I withdraw cash?", "I am in Akureyri for a business trip", "I'm sorry",
            "My name appears incorrectly on the statement", "The Jones, Smith and Davis Orchestra played",
            "the Packager said no", "God gave rock and roll to you"})
    void mustNotMatch(String text) {
        assertThat(found(text)).isEmpty();
    }

    @Test
    void aWordOfAFoundNameIsANameWhereverItStandsAlone() {
        assertThat(found("directed by Philip Latourelle and starring Latourelle")).containsExactly("Philip Latourelle", "Latourelle");
    }

    @Test
    void itemsOfAListOfMostlyKnownNamesAreNames() {
        assertThat(found("the founders: Rudi, Jackson and Campos.")).containsExactly("Rudi", "Jackson", "Campos");
        assertThat(found("they had 3: silvana, adam and christopher.")).containsExactly("silvana", "adam", "christopher");
    }

    @Test
    void aNameAloneOnTheLineAboveAnAddressIsAName() {
        assertThat(found("Satu Elomo\n\n45818 P.O. Box 242\n Suite 787")).containsExactly("Satu Elomo");
    }

    @Test
    void speakersOfADialogueAreNames() {
        assertThat(found("Leverett: What a wife.\nDanielle: Remember me?")).containsExactly("Leverett", "Danielle");
    }

    @Test
    void everyNameFindingSaysWhichRuleFoundIt() {
        assertThat(names.find("Dr. Jane Doe", 1).get(0).explanation().pattern()).isEqualTo("name: honorific");
    }

    @Test
    void missingNameListFailsAsAnEngineError(@org.junit.jupiter.api.io.TempDir Path empty) {
        assertThatThrownBy(() -> GazetteerNameRecognizer.load(empty)).isInstanceOf(EngineException.class);
    }
}
