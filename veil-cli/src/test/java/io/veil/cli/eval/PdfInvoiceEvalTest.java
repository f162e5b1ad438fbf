package io.veil.cli.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import io.veil.imaging.ImageDocumentRedactor;
import io.veil.imaging.encode.MetadataFreeEncoder;
import io.veil.imaging.ingest.ImageDecoder;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.model.FaceStyle;
import io.veil.pdf.PdfDecoder;
import io.veil.pdf.PdfDocumentRedactor;
import io.veil.pdf.PdfRedactor;
import io.veil.pipeline.Anonymizer;
import io.veil.pipeline.RedactionPlanner;
import io.veil.pipeline.Scanner;
import io.veil.recognize.Recognizers;
import io.veil.spi.DocumentDecoder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The invoices bullet on pdf_invoices_known_fields, as measured: which personal fields Veil finds and
 * removes from born-digital PDFs. The counts pin today's result so a regression (or an improvement) shows.
 */
class PdfInvoiceEvalTest {
    private static final Path SET = Path.of(System.getProperty("veil.evalDev", "missing"), "pdf_invoices_known_fields");
    private static final Path MODELS = Path.of(System.getProperty("veil.models", "missing"));

    @Test
    void personalFieldsOfTheInvoicesAreFoundAndRemovedAsMeasured(@TempDir Path work) throws Exception {
        assumeThat(Files.isDirectory(SET)).as("eval-dev set %s is absent; skipping", SET).isTrue();
        // Same text-PDF pipeline as Engines.load without OCR and faces: the invoices are born-digital text.
        Scanner scanner = Scanner.builder()
                .decoder(DocumentDecoder.firstOf(List.of(new ImageDecoder(100_000_000L), new PdfDecoder(96, 200, 500_000_000L))))
                .recognizers(Recognizers.defaults(MODELS)).resolver(Recognizers.defaultResolver()).build();
        Anonymizer anonymizer = new Anonymizer(scanner, new RedactionPlanner(0.3),
                List.of(new ImageDocumentRedactor(new DefaultPageRedactor(), new MetadataFreeEncoder()),
                        new PdfDocumentRedactor(new PdfRedactor())), FaceStyle.BLUR);

        PdfInvoiceEval.Result r = new PdfInvoiceEval(anonymizer).run(SET, work);
        System.out.println(PdfInvoiceEval.table(r));

        assertThat(r.failures()).isEmpty();
        assertThat(r.personalCounted()).isEqualTo(15);
        // Measured 2026-12-07 with the CoreNLP name model: 9 of 15 found whole, 10 removed (8 and 8 with the rules
        // alone; the model adds SammyMaystoneLinesTest's customer name, and FlipkartInvoice's street is found in part,
        // which removes its value). Missed, all in the PDF text but not in the upstream JSON: the customer names of
        // FlipkartInvoice and coolblue2, FlipkartInvoice's city line and coolblue2's street and city lines
        // (recognizer gaps, not redaction gaps).
        assertThat(r.personalFound()).isEqualTo(9);
        assertThat(r.personalRemoved()).isEqualTo(10);
        assertThat(r.rows()).filteredOn(row -> row.personal() && row.inText() && !row.removed())
                .extracting(row -> row.document() + "/" + row.field())
                .containsExactlyInAnyOrder("FlipkartInvoice/customer_name (pdf)", "FlipkartInvoice/customer_city (pdf)",
                        "coolblue2/customer_name (pdf)", "coolblue2/customer_street (pdf)", "coolblue2/customer_city (pdf)");
        // A personal value that was found must be gone from both extractions: a finding left in the text is a
        // cosmetic redaction, the failure the issue exists for.
        assertThat(r.rows()).filteredOn(row -> row.personal() && row.inText() && row.found() == PdfInvoiceEval.Found.YES)
                .allSatisfy(row -> assertThat(row.removed()).as("%s/%s removed", row.document(), row.field()).isTrue());
    }
}
