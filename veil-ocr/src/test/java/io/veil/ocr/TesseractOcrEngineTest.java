package io.veil.ocr;

import static io.veil.ocr.SyntheticPage.sans;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import io.veil.model.Word;
import io.veil.spi.EngineException;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TesseractOcrEngineTest {

    private static final List<String> LETTER = List.of(
            "Customer: Jane Doe",
            "E-mail: jane.doe@example.com",
            "IBAN DE89 3704 0044 0532 0130 00",
            "Phone +1 202 555 0143");

    private static TesseractOcrEngine ocr;
    private static SyntheticPage letter;
    private static TextLayout letterLayout;

    @BeforeAll
    static void readLetter() {
        ocr = TesseractOcrEngine.open(Models.tessdata());
        letter = new SyntheticPage(900, 330).lines(LETTER, 40, 30, sans(28), 1.8);
        letterLayout = ocr.read(letter.image());
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    @Test
    void layoutTextHoldsEveryDrawnLineInReadingOrder() {
        assertThat(letterLayout.text()).containsSubsequence(LETTER);
        assertThat(letterLayout.text()).contains("jane.doe@example.com", "DE89 3704 0044 0532 0130 00",
                "+1 202 555 0143");
    }

    @Test
    void linesAreSeparatedByNewlinesAndWordsBySpaces() {
        assertThat(letterLayout.text()).contains("Jane Doe\n").doesNotContain("  ");
        assertThat(letterLayout.text().lines().filter(l -> !l.isBlank())).hasSize(LETTER.size());
    }

    @ParameterizedTest
    @ValueSource(strings = {"Customer:", "Jane", "Doe", "jane.doe@example.com", "DE89", "0130", "00", "+1", "0143"})
    void wordBoxLiesWhereTheWordWasDrawn(String text) {
        Word word = wordNamed(letterLayout, text).orElseThrow(() -> new AssertionError("not read: " + text));
        Rectangle2D drawn = letter.byText().get(text).bounds();
        Box box = word.box();
        assertThat((double) box.x()).isCloseTo(drawn.getX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat((double) box.right()).isCloseTo(drawn.getMaxX(), org.assertj.core.data.Offset.offset(3.0));
        assertThat((double) box.y()).isCloseTo(drawn.getY(), org.assertj.core.data.Offset.offset(3.0));
        assertThat((double) box.bottom()).isCloseTo(drawn.getMaxY(), org.assertj.core.data.Offset.offset(3.0));
        assertThat(word.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void glyphBoxesRunLeftToRightInsideTheirWord() {
        List<Word> withGlyphs = letterLayout.words().stream().filter(w -> !w.glyphs().isEmpty()).toList();
        assertThat(withGlyphs).hasSizeGreaterThanOrEqualTo(letterLayout.words().size() - 1);
        for (Word w : withGlyphs) {
            for (int i = 0; i < w.glyphs().size(); i++) {
                Box g = w.glyphs().get(i);
                assertThat(w.box().union(g)).as("glyph %d of a word lies inside it", i).isEqualTo(w.box());
                if (i > 0) {
                    assertThat(g.x()).isGreaterThan(w.glyphs().get(i - 1).x());
                }
            }
        }
    }

    @Test
    void lastFourCharsOfTheIbanHaveTheirOwnBoxes() {
        Word group = wordNamed(letterLayout, "0130").orElseThrow();
        Word last = wordNamed(letterLayout, "00").orElseThrow();
        assertThat(group.glyphs()).hasSize(4);
        assertThat(last.glyphs()).hasSize(2);
        // "0130 00": the last four chars start at the "3" of the group.
        assertThat(group.charBox(2, 4).x()).isGreaterThan(group.box().x() + group.box().width() / 3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Straße", "Müller", "née", "Köln", "Lefèvre", "Hélène", "à"})
    void accentedWordsAreReadWithTheDefaultLanguages(String word) {
        SyntheticPage page = new SyntheticPage(1100, 260).lines(List.of(
                "Sehr geehrte Frau Anna Müller, wohnhaft Hauptstraße 5 in Köln.",
                "Die Straße wurde gesperrt, bitte benutzen Sie die Umleitung.",
                "Madame Hélène Dupont, née Lefèvre, demeurant à Orléans."), 30, 30, sans(26), 1.8);
        assertThat(ocr.read(page.image()).text()).contains(word);
    }

    @ParameterizedTest
    @ValueSource(ints = {12, 13, 14})
    void smallScreenshotTextIsReadByUpscaling(int px) {
        SyntheticPage page = new SyntheticPage(520, 90).lines(List.of(
                "Signed in as jane.doe@example.com", "Support line +1 202 555 0143 (9am to 5pm)"), 8, 8, sans(px), 1.6);
        TextLayout layout = ocr.read(page.image());
        assertThat(layout.text()).contains("jane.doe@example.com", "202 555 0143");
        Word email = wordNamed(layout, "jane.doe@example.com").orElseThrow();
        Rectangle2D drawn = page.byText().get("jane.doe@example.com").bounds();
        assertThat(email.box().x()).isBetween((int) drawn.getX() - 2, (int) drawn.getX() + 2);
        assertThat(email.box().right()).isBetween((int) drawn.getMaxX() - 2, (int) drawn.getMaxX() + 3);
    }

    @Test
    void blankPageHasNoWords() {
        BufferedImage blank = new BufferedImage(600, 400, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = blank.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 600, 400);
        g.dispose();
        assertThat(ocr.read(blank).words()).isEmpty();
    }

    @Test
    void versionNamesTesseractAndTheLanguages() {
        assertThat(ocr.version()).isEqualTo("tesseract-5.5.2 fra+deu+eng");
    }

    @Test
    void missingTessdataFolderNamesTheFolderAndTheFetchScript(@TempDir Path tmp) {
        Path missing = tmp.resolve("no-such-tessdata");
        assertThatThrownBy(() -> TesseractOcrEngine.open(missing))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining(missing.toString())
                .hasMessageContaining("scripts/fetch-models.sh");
    }

    @Test
    void missingLanguageNamesTheLanguageAndTheFetchScript(@TempDir Path tmp) throws Exception {
        Files.copy(Models.tessdata().resolve("eng.traineddata"), tmp.resolve("eng.traineddata"));
        assertThatThrownBy(() -> TesseractOcrEngine.open(tmp, List.of("eng", "deu")))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("deu.traineddata")
                .hasMessageContaining(tmp.toString())
                .hasMessageContaining("scripts/fetch-models.sh");
    }

    @Test
    void corruptTrainedDataFailsAsAnEngineError(@TempDir Path tmp) throws Exception {
        Files.writeString(tmp.resolve("eng.traineddata"), "not a model");
        assertThatThrownBy(() -> TesseractOcrEngine.open(tmp, List.of("eng")))
                .isInstanceOf(EngineException.class)
                .hasMessageContaining("scripts/fetch-models.sh");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "../eng", "eng deu", "eng/x"})
    void malformedLanguageNameIsRejected(String language) {
        assertThatThrownBy(() -> TesseractOcrEngine.open(Models.tessdata(), List.of(language)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void closedEngineRefusesToRead() {
        TesseractOcrEngine engine = TesseractOcrEngine.open(Models.tessdata(), List.of("eng"));
        engine.close();
        assertThatThrownBy(() -> engine.read(letter.image())).isInstanceOf(IllegalStateException.class);
    }

    static Optional<Word> wordNamed(TextLayout layout, String text) {
        return layout.words().stream().filter(w -> w.text().equals(text)).findFirst();
    }
}
