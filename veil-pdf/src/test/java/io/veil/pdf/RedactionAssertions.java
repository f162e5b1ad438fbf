package io.veil.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.veil.model.Box;
import io.veil.model.TextLayout;
import io.veil.model.TextSpan;
import io.veil.model.Word;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/** Shared checks: a redacted value is gone for two independent extractors, its neighbours stay in place. */
final class RedactionAssertions {

    private RedactionAssertions() {
    }

    /** The boxes of every occurrence of each value on page 1, as the pipeline would get them. */
    static Map<Integer, List<Box>> boxesOf(Path pdf, String... values) throws Exception {
        return boxesOf(pdf, 1, values);
    }

    /** The boxes of every occurrence of each value on one page. */
    static Map<Integer, List<Box>> boxesOf(Path pdf, int page, String... values) throws Exception {
        TextLayout layout = new PdfTextExtractor().extract(pdf).get(page - 1).layout();
        List<Box> boxes = new ArrayList<>();
        for (String v : values) {
            int at = layout.text().indexOf(v);
            assertThat(at).as("value is in the fixture's text layer").isNotNegative();
            while (at >= 0) {
                boxes.addAll(layout.boxesFor(new TextSpan(at, at + v.length())));
                at = layout.text().indexOf(v, at + 1);
            }
        }
        Map<Integer, List<Box>> byPage = new HashMap<>();
        byPage.put(page, boxes);
        return byPage;
    }

    static String pdfboxText(Path pdf) throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            // unsorted output of a page rotated by 270 degrees is split into 2-char lines, even before redaction
            stripper.setSortByPosition(true);
            return stripper.getText(doc);
        }
    }

    /** The value and each of its space-separated parts of 3+ chars must be absent. */
    static void assertAbsent(String text, List<String> gone) {
        for (String v : gone) {
            assertThat(text).as("redacted value survived").doesNotContain(v);
            for (String part : v.split("[ @.]")) {
                if (part.length() >= 3) {
                    assertThat(text).as("part of a redacted value survived").doesNotContain(part);
                }
            }
        }
    }

    static void assertGoneAndInPlace(Path in, Path out, List<String> gone, List<String> kept) throws Exception {
        String text = pdfboxText(out);
        assertAbsent(text, gone);
        assertThat(text).contains(kept);
        TextLayout before = new PdfTextExtractor().extract(in).get(0).layout();
        TextLayout after = new PdfTextExtractor().extract(out).get(0).layout();
        for (String k : kept) {
            Box was = word(before, k).box(), now = word(after, k).box();
            assertThat((double) now.x()).as("x of " + k).isCloseTo(was.x(), within(1.0));
            assertThat((double) now.y()).as("y of " + k).isCloseTo(was.y(), within(1.0));
        }
        if (Poppler.installedQuietly()) {
            String poppler = Poppler.text(out);
            assertAbsent(poppler, gone);
            assertThat(poppler).contains(kept);
            List<Poppler.PopplerWord> wasWords = Poppler.words(in), nowWords = Poppler.words(out);
            for (String k : kept) {
                Poppler.PopplerWord was = popplerWord(wasWords, k), now = popplerWord(nowWords, k);
                assertThat(now.xMin()).as("pdftotext x of " + k).isCloseTo(was.xMin(), within(1.0));
                assertThat(now.yMin()).as("pdftotext y of " + k).isCloseTo(was.yMin(), within(1.0));
            }
        }
    }

    private static Word word(TextLayout layout, String text) {
        return layout.words().stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("kept word missing from the layout"));
    }

    private static Poppler.PopplerWord popplerWord(List<Poppler.PopplerWord> words, String text) {
        return words.stream().filter(w -> w.text().equals(text)).findFirst()
                .orElseThrow(() -> new AssertionError("kept word missing from pdftotext: "
                        + Arrays.toString(words.stream().map(Poppler.PopplerWord::text).toArray())));
    }
}
