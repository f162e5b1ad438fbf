package io.veil.names.corenlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.recognize.names.PersonModel;
import io.veil.recognize.names.PersonModelProvider;
import io.veil.spi.EngineException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CoreNlpPersonModelTest {
    private static Path models;
    private static PersonModel model;

    @BeforeAll
    static void open() {
        models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        Assumptions.assumeTrue(Files.isDirectory(models.resolve("ner")), "name models not fetched: run scripts/fetch-models.sh");
        model = CoreNlpPersonModel.open(models.resolve("ner"));
    }

    private static List<String> tagged(String text, double atLeast) {
        return model.persons(text).stream().filter(s -> s.probability() >= atLeast).map(s -> text.substring(s.start(), s.end())).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "Yesterday Angela Merkel met Emmanuel Macron in Berlin to discuss the budget. | Angela Merkel | en",
            "Gestern hat Frau Sabine Schneider aus Hamburg den Vertrag unterschrieben und an die Bank geschickt. | Sabine Schneider | de",
            "Hier soir, Jean Dupont a signé le contrat à Lyon avant de rentrer chez lui avec sa femme. | Jean Dupont | fr",
            "Ayer por la tarde, María García firmó el contrato en Sevilla y lo envió al banco. | María García | es",
            "it's under my partner's name roberto yamamura, can you check the account please | roberto yamamura | en",
    })
    void eachLanguageGetsItsModelAndFindsThePerson(String text, String person, String language) {
        assertThat(tagged(text, 0.5)).contains(person);
        assertThat(model.persons(text)).filteredOn(s -> text.substring(s.start(), s.end()).equals(person))
                .allMatch(s -> s.language().equals(language));
    }

    @Test
    void placesAreNotPersons() {
        String text = "Yesterday Angela Merkel met Emmanuel Macron in Berlin to discuss the budget.";
        assertThat(tagged(text, 0)).noneMatch(s -> s.contains("Berlin"));
    }

    @Test
    void aLongPageIsTaggedSliceBySliceWithOffsetsIntoThePage() {
        String line = "2026-12-07 10:00:01 INFO request served in 12 ms from the cache of the front server\n";
        String text = line.repeat(700) + "Yesterday Angela Merkel met the press.\n" + line.repeat(700);
        assertThat(text.length()).isGreaterThan(2 * CoreNlpPersonModel.SLICE);
        assertThat(model.persons(text)).extracting(s -> text.substring(s.start(), s.end())).containsExactly("Angela Merkel");
    }

    @Test
    void slicesEndAtALineBreakOrASpace() {
        String lines = ("x".repeat(99) + "\n").repeat(400);
        int end = CoreNlpPersonModel.sliceEnd(lines, 0);
        assertThat(end).isLessThanOrEqualTo(CoreNlpPersonModel.SLICE).isGreaterThan(CoreNlpPersonModel.SLICE / 2);
        assertThat(lines.charAt(end - 1)).isEqualTo('\n');
        String words = "word ".repeat(10_000);
        assertThat(words.charAt(CoreNlpPersonModel.sliceEnd(words, 7) - 1)).isEqualTo(' ');
        assertThat(CoreNlpPersonModel.sliceEnd("short", 0)).isEqualTo(5);
    }

    @Test
    void spansAreInOrderAndDoNotOverlap() {
        List<PersonModel.Span> spans = model.persons("Anna Schmidt, Peter Müller und Klaus Weber trafen sich gestern in Köln zum Essen.");
        assertThat(spans).hasSizeGreaterThanOrEqualTo(3);
        for (int i = 1; i < spans.size(); i++) {
            assertThat(spans.get(i).start()).isGreaterThanOrEqualTo(spans.get(i - 1).end());
        }
    }

    @Test
    void textWithoutLettersGivesNothing() {
        assertThat(model.persons("")).isEmpty();
        assertThat(model.persons("12345 67 89 -- 2024-01-01")).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "my partner is roberto yamamura | true",
            "My partner is Roberto Yamamura | false",
            "ok | false",
    })
    void caselessTextIsRecognised(String text, boolean caseless) {
        assertThat(CoreNlpPersonModel.caseless(text)).isEqualTo(caseless);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"PERSON, true", "I-PER, true", "B-PER, true", "PER, true", "PERS, true", "LOCATION, false", "I-ORG, false", "O, false"})
    void personLabelsOfEveryModelAreRecognised(String label, boolean person) {
        assertThat(CoreNlpPersonModel.isPerson(label)).isEqualTo(person);
    }

    @Test
    void theProviderIsFoundOnTheClassPath() {
        assertThat(PersonModelProvider.first(models)).get().isInstanceOf(CoreNlpPersonModel.class);
    }

    @Test
    void withoutItsFilesTheProviderStandsAside(@TempDir Path empty) {
        assertThat(new CoreNlpModelProvider().open(empty)).isEmpty();
    }

    @Test
    void aMissingLanguageModelIsAClearError(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("ner"));
        Files.writeString(dir.resolve("ner").resolve(CoreNlpPersonModel.FILES.get("en")), "not a model");
        assertThatThrownBy(() -> new CoreNlpModelProvider().open(dir)).isInstanceOf(EngineException.class)
                .hasMessageContaining("name model missing");
    }

    @Test
    void aBrokenModelFileIsAClearError(@TempDir Path dir) throws Exception {
        for (String f : CoreNlpPersonModel.FILES.values()) {
            Files.writeString(dir.resolve(f), "not a model");
        }
        Files.copy(models.resolve("ner").resolve(PageLanguage.MODEL_FILE), dir.resolve(PageLanguage.MODEL_FILE));
        PersonModel broken = CoreNlpPersonModel.open(dir);
        assertThatThrownBy(() -> broken.persons("Yesterday Angela Merkel met Emmanuel Macron in Berlin."))
                .isInstanceOf(EngineException.class).hasMessageContaining("cannot read name model");
    }
}
