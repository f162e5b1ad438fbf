package io.veil.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.veil.model.Box;
import io.veil.model.Word;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Real born-digital PDFs from ../shared/eval-dev (vendor invoices, real fonts: subset TrueType, CID, Type1):
 * every third word of 4+ chars is redacted; no such word may survive in PDFBox's or poppler's text, the
 * words far from every box must stay, and the first page must render black in the boxes and unchanged away
 * from them. The files are never copied into this repository.
 */
class RealPdfRedactionTest {

    @TempDir
    Path dir;

    static Stream<Path> realPdfs() throws Exception {
        Path root = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"), "pdf_invoices_known_fields");
        if (!Files.isDirectory(root)) {
            System.err.println("SKIPPED: " + root + " is absent; real-PDF redaction not measured");
            return Stream.of(Path.of("absent"));
        }
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(p -> p.toString().endsWith(".pdf")).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("realPdfs")
    void everyRedactedWordIsGoneAndFarWordsStay(Path pdf) throws Exception {
        assumeTrue(Files.isRegularFile(pdf), "../shared/eval-dev/pdf_invoices_known_fields is absent");
        List<PdfPageText> pages = new PdfTextExtractor().extract(pdf);
        Map<Integer, List<Box>> boxes = new HashMap<>();
        Map<Integer, Set<String>> gone = new HashMap<>(), kept = new HashMap<>();
        for (PdfPageText page : pages) {
            List<Word> words = page.layout().words();
            List<Box> pageBoxes = new ArrayList<>();
            Set<String> chosen = new HashSet<>();
            for (int i = 0; i < words.size(); i++) {
                Word w = words.get(i);
                if (i % 3 == 0 && w.text().length() >= 4 && occurrences(words, w.text()) == 1) {
                    pageBoxes.add(w.box());
                    chosen.add(w.text());
                }
            }
            Set<String> far = new HashSet<>();
            for (Word w : words) {
                if (w.text().length() >= 3 && pageBoxes.stream().noneMatch(b -> b.grow(3).intersects(w.box()))) {
                    far.add(w.text());
                }
            }
            far.removeIf(t -> chosen.stream().anyMatch(c -> c.contains(t) || t.contains(c)));
            boxes.put(page.info().number(), pageBoxes);
            gone.put(page.info().number(), chosen);
            kept.put(page.info().number(), far);
        }
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = new PdfRedactor().redact(pdf, boxes, out);

        List<PdfPageText> after = new PdfTextExtractor().extract(out);
        int goneCount = 0, keptCount = 0, keptFound = 0;
        for (PdfPageText page : after) {
            Set<String> tokens = new HashSet<>(Arrays.asList(page.layout().text().split("\\s+")));
            Set<String> g = gone.get(page.info().number()), k = kept.get(page.info().number());
            assertThat(tokens).as("redacted words surviving on page " + page.info().number())
                    .noneMatch(g::contains);
            goneCount += g.size();
            keptCount += k.size();
            keptFound += (int) k.stream().filter(tokens::contains).count();
        }
        if (Poppler.installedQuietly()) {
            Set<String> tokens = new HashSet<>(Arrays.asList(Poppler.text(out).split("\\s+")));
            gone.values().forEach(g -> assertThat(tokens).as("pdftotext").noneMatch(g::contains));
        }
        System.out.printf("%s: %d pages %s, %d words redacted, %d/%d far words kept%n", pdf.getFileName(),
                pages.size(), result.pages().stream().map(PageResult::outcome).toList(), goneCount, keptFound,
                keptCount);
        if (!boxes.get(1).isEmpty()) {
            PdfRedactorTest.assertBlackInsideAndUnchangedFarAway(pdf, out, boxes.get(1));
        }
        boolean rasterised = result.anyRasterised();
        assertThat(keptFound).as("far words kept").isGreaterThanOrEqualTo(rasterised ? 0 : (int) (keptCount * 0.95));
    }

    @org.junit.jupiter.api.Test
    void presidioSampleLosesItsThreeKnownValues() throws Exception {
        Path pdf = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"),
                "pdf_invoices_known_fields", "presidio_sample", "sample.pdf");
        if (!Files.isRegularFile(pdf)) {
            System.err.println("SKIPPED: " + pdf + " is absent");
        }
        assumeTrue(Files.isRegularFile(pdf), "../shared/eval-dev presidio_sample is absent");
        List<String> values = List.of("Charles Darwin", "cdarwin@hmsbeagle.org", "01234 567890");
        Path out = dir.resolve("out.pdf");

        PdfRedactionResult result = new PdfRedactor().redact(pdf,
                RedactionAssertions.boxesOf(pdf, values.toArray(String[]::new)), out);

        assertThat(result.pages().get(0).outcome()).isEqualTo(PageOutcome.REWRITTEN);
        RedactionAssertions.assertGoneAndInPlace(pdf, out, values, List.of("Microsoft", "email", "contact"));
    }

    private static long occurrences(List<Word> words, String text) {
        return words.stream().filter(w -> w.text().contains(text)).count();
    }
}
