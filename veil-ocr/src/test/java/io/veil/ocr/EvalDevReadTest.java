package io.veil.ocr;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import io.veil.model.Word;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Reads the third-party evaluation images of ../shared/eval-dev; skipped when that folder is absent. */
class EvalDevReadTest {

    private static TesseractOcrEngine ocr;

    @BeforeAll
    static void open() {
        ocr = TesseractOcrEngine.open(Models.tessdata());
    }

    @AfterAll
    static void close() {
        if (ocr != null) {
            ocr.close();
        }
    }

    /** Gold word boxes of presidio's image tests, with the word each one covers (read off the image). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            ocr_test.png         | David                     | 472 | 20  | 91  | 31
            ocr_test.png         | Johnson                   | 576 | 20  | 147 | 31
            ocr_test.png         | https://cla.microsoft.com | 28  | 299 | 438 | 38
            ocr_test.png         | (212)                     | 666 | 298 | 88  | 40
            ocr_test.png         | 555-1234.                 | 769 | 301 | 169 | 29
            ocr_test.png         | opencode@microsoft.com    | 27  | 912 | 458 | 39
            ocr_bounding_box.png | Jessica                   | 13  | 17  | 149 | 29
            ocr_bounding_box.png | Smith                     | 188 | 17  | 106 | 29
            ocr_bounding_box.png | New                       | 518 | 19  | 64  | 27
            ocr_bounding_box.png | York.                     | 604 | 17  | 103 | 29
            ocr_bounding_box.png | John                      | 13  | 64  | 83  | 29
            ocr_bounding_box.png | Constantine               | 122 | 64  | 239 | 29
            ocr_bounding_box.png | London.                   | 586 | 64  | 143 | 29
            """)
    void presidioGoldWordIsReadInsideItsBox(String image, String text, int x, int y, int w, int h) throws IOException {
        TextLayout layout = read(Models.evalDev("presidio_image_tests").resolve("images").resolve(image));
        Box gold = new Box(x, y, w, h);
        Word best = layout.words().stream().max((a, b) -> Double.compare(a.box().iou(gold), b.box().iou(gold)))
                .orElseThrow();
        assertThat(best.text()).isEqualTo(text);
        assertThat(best.box().iou(gold)).as("IoU of %s with its gold box", best.box()).isGreaterThan(0.5);
    }

    @Test
    void presidioSentenceImageIsRead() throws IOException {
        TextLayout layout = read(Models.evalDev("presidio_image_tests").resolve("images/kwargs_test.jpg"));
        assertThat(layout.text()).contains("John Smith lives in New York.", "His phone number is 202-555-");
    }

    /**
     * Share of FUNSD gold words (case and edge punctuation ignored) found among the OCR words of their form.
     * The floor sits well under the measured 76% so that it catches a broken pipeline, not noise.
     */
    @Test
    void mostFunsdWordsAreRead() throws IOException {
        Path set = Models.evalDev("funsd_forms").resolve("testing_data");
        int gold = 0;
        int read = 0;
        List<Path> forms;
        try (var files = Files.list(set.resolve("annotations"))) {
            forms = files.filter(p -> p.toString().endsWith(".json")).sorted().limit(8).toList();
        }
        for (Path form : forms) {
            String id = form.getFileName().toString().replace(".json", "");
            Map<String, Integer> ocrWords = new HashMap<>();
            read(set.resolve("images").resolve(id + ".png")).words()
                    .forEach(w -> ocrWords.merge(normal(w.text()), 1, Integer::sum));
            for (String word : goldWords(Files.readString(form))) {
                gold++;
                if (ocrWords.getOrDefault(word, 0) > 0) {
                    read++;
                    ocrWords.merge(word, -1, Integer::sum);
                }
            }
        }
        System.out.printf("FUNSD: %d of %d gold words read (%.1f%%) on %d forms with %s%n",
                read, gold, 100.0 * read / gold, forms.size(), ocr.version());
        assertThat((double) read / gold).isGreaterThan(0.6);
    }

    /** FUNSD word entries are the innermost {box, text} objects; regexes spare the module a JSON dependency. */
    private static final Pattern INNERMOST = Pattern.compile("\\{[^{}]*}");
    private static final Pattern TEXT = Pattern.compile("\"text\":\\s*\"((?:[^\"\\\\]|\\\\.)*)\"");

    private static List<String> goldWords(String json) {
        Matcher m = INNERMOST.matcher(json);
        List<String> words = new ArrayList<>();
        while (m.find()) {
            Matcher text = TEXT.matcher(m.group());
            if (m.group().contains("\"box\"") && text.find()) {
                String w = normal(text.group(1).replace("\\\"", "\"").replace("\\\\", "\\"));
                if (!w.isEmpty()) {
                    words.add(w);
                }
            }
        }
        return words;
    }

    private static String normal(String word) {
        return word.replaceAll("^\\p{Punct}+|\\p{Punct}+$", "").toLowerCase(Locale.ROOT);
    }

    private static TextLayout read(Path image) throws IOException {
        return ocr.read(ImageIO.read(image.toFile()));
    }
}
