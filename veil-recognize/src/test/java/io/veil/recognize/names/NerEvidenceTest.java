package io.veil.recognize.names;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.recognize.Recognizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** How a name model's tags combine with the rules, with the tags fixed by each case (no model is loaded). */
class NerEvidenceTest {
    private static Path names;

    @BeforeAll
    static void lists() {
        names = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"), "names");
        Assumptions.assumeTrue(Files.isDirectory(names), "name lists not fetched (" + names + "): run scripts/fetch-models.sh");
    }

    /** A model that tags {@code tagged} (first occurrence) with probability {@code p}. */
    private static PersonModel tagging(String tagged, double p) {
        return new PersonModel() {
            @Override
            public String version() {
                return "fixed";
            }

            @Override
            public List<Span> persons(String text) {
                int at = text.indexOf(tagged);
                return at < 0 ? List.of() : List.of(new Span(at, at + tagged.length(), "en", p));
            }
        };
    }

    private static List<String> reported(String text, String tagged, double p) {
        GazetteerNameRecognizer r = GazetteerNameRecognizer.load(names, tagging(tagged, p));
        return Recognizers.defaultResolver().resolve(r.find(text, 1)).stream()
                .filter(f -> f.category() == Category.FULL_NAME).map(Finding::value).toList();
    }

    private static List<String> rulesAlone(String text) {
        return Recognizers.defaultResolver().resolve(GazetteerNameRecognizer.load(names).find(text, 1)).stream()
                .filter(f -> f.category() == Category.FULL_NAME).map(Finding::value).toList();
    }

    @ParameterizedTest(name = "MUST_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            // a lone family name the rules doubt, confirmed by the model
            "Why is Jesenko so impulsive? | Jesenko | 0.9 | Jesenko",
            // lower case: the rules never see it, the model does
            "it's under my partner's name roberto yamamura | roberto yamamura | 0.95 | roberto yamamura",
            // the model's span replaces the rules' over-long capitalised run
            "4390 Quadratmeter Kaufmann Josef 3000 Lire | Kaufmann Josef | 0.8 | Kaufmann Josef",
            // the tag grows over a known name word and a title next to it
            "Der Graf Aldovrondi geht nach Berlin | Aldovrondi | 0.8 | Graf Aldovrondi",
            "mit Kofler Anna und anderen | Anna | 0.8 | Kofler Anna",
            // a title the rules saw stays part of the name
            "correct it to Mr. Joshua Okamoto MD? | Joshua Okamoto MD | 0.9 | Mr. Joshua Okamoto MD",
            // family name first, before a known given name
            "Der Wachkommandant der Miliz , Ferrarese Guido , begab sich | Guido | 0.9 | Ferrarese Guido",
            // a name broken at a line end
            "die Abgeordneten Gian- ferrari und Roßbach | Gian | 0.8 | Gian- ferrari",
            // an elided compound is not a broken word
            "die Firmen Schulze- und Partner | Schulze | 0.8 | Schulze",
    })
    void theModelFindsOrConfirms(String text, String tagged, double p, String expected) {
        assertThat(reported(text, tagged, p)).contains(expected);
    }

    @ParameterizedTest(name = "MUST_NOT_MATCH {0}")
    @CsvSource(delimiter = '|', value = {
            // too unsure on its own
            "it's under my partner's name roberto yamamura | roberto yamamura | 0.3",
            // a company, not a person
            "We bought it from Becker Shaffer Ltd last year | Becker Shaffer | 0.9",
            // a street named after a person
            "send it to 226 Thomas Avenue please | Thomas | 0.6",
            // a place after a place preposition
            "My friend lives in Punkaharju | Punkaharju | 0.6",
            // a field label: the model's tag ends inside "Steuer-ID", and grows over it
            "Meine Steuer-ID: 12345678903. | Meine Steuer | 0.99",
            "Kunden-Nr: 4711 | Kunden | 0.9",
    })
    void theModelAloneIsNotEnough(String text, String tagged, double p) {
        assertThat(reported(text, tagged, p)).noneMatch(v -> v.contains(tagged));
    }

    @org.junit.jupiter.api.Test
    void aListHalfOfWhoseNamesTheModelConfirmedIsAListOfNames() {
        // None of these surnames is in the gazetteers; the model is sure of the first two, the list gives the third.
        assertThat(reported("Die Senatoren Raina, Crispolti und Ortali stimmten dagegen.", "Raina, Crispolti", 0.95))
                .anyMatch(v -> v.contains("Ortali"));
        assertThat(rulesAlone("Die Senatoren Raina, Crispolti und Ortali stimmten dagegen.")).noneMatch(v -> v.contains("Ortali"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Why is Jesenko so impulsive? | Jesenko",
            "it's under my partner's name roberto yamamura | roberto yamamura",
    })
    void withoutTheModelTheseAreMissed(String text, String name) {
        assertThat(rulesAlone(text)).noneMatch(v -> v.contains(name));
    }
}
