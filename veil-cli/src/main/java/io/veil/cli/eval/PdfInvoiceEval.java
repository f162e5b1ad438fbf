package io.veil.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.model.Finding;
import io.veil.model.ScanResult;
import io.veil.pipeline.Anonymizer;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Measures true redaction of born-digital PDFs with known field values (eval-dev
 * {@code pdf_invoices_known_fields}): each PDF goes through the real {@link Anonymizer}, the output's text is
 * extracted with PDFBox and, when installed, {@code pdftotext}, and every known field is reported as found (a
 * finding's value covers it) and removed (its value is in neither extraction). Values are compared after
 * lower-casing and dropping all whitespace, because the upstream JSON removes some whitespace.
 *
 * <p>Thread-safety: immutable; {@link #run} may be called from several threads if the anonymizer allows it.
 *
 * <pre>{@code
 * PdfInvoiceEval.Result r = new PdfInvoiceEval(anonymizer).run(evalDev.resolve("pdf_invoices_known_fields"), tmp);
 * System.out.println(PdfInvoiceEval.table(r));
 * }</pre>
 */
public final class PdfInvoiceEval {

    /** Whose data a field is: only a natural person's data is personal data (GDPR Art. 4(1)). */
    public enum Holder { NATURAL_PERSON, LEGAL_PERSON, TRANSACTION }

    /** How a field is classified: a category label for the table, its holder and why. */
    record Kind(String category, Holder holder, String why) {
    }

    // ---- THE MAPPING (the one place where fields are classified) ----------------------------------------------
    // The invoice2data JSON describes the vendor and the vendor's own invoice: in every stored document the
    // issuer and "partner" are companies (Amazon Web Services Inc., Coolblue B.V., Flipkart / WS Retail Services
    // Pvt. Ltd., OYO / Oravel Stays Pvt. Ltd.), so their names, addresses, registration numbers (KvK, CIN, GSTIN,
    // VAT), website, BIC and IBAN are data of legal persons: not personal data by themselves. Invoice/order/
    // booking numbers, dates, payment method and notes describe the transaction; they become personal only
    // through a person named elsewhere, which is the field that must go. The one exception in the JSON is the
    // issuer of SammyMaystoneLinesTest, a sole trader trading under his own name: a natural person.
    // The customers on these invoices (the natural persons) are NOT in the upstream JSON, so they are listed
    // below in SEEN_IN_PDF, transcribed from the PDFs' text; the presidio sample's expected.json is all personal.
    static final Map<String, Kind> JSON_FIELDS = Map.ofEntries(
            Map.entry("issuer", new Kind("company name", Holder.LEGAL_PERSON, "the vendor is a company")),
            Map.entry("partner_name", new Kind("company name", Holder.LEGAL_PERSON, "the partner is a company")),
            Map.entry("partner_street", new Kind("address", Holder.LEGAL_PERSON, "a company's office")),
            Map.entry("partner_zip", new Kind("address", Holder.LEGAL_PERSON, "a company's office")),
            Map.entry("partner_city", new Kind("address", Holder.LEGAL_PERSON, "a company's office")),
            Map.entry("partner_website", new Kind("website", Holder.LEGAL_PERSON, "a company's site")),
            Map.entry("partner_coc", new Kind("registration id", Holder.LEGAL_PERSON, "chamber of commerce number")),
            Map.entry("vat", new Kind("VAT id", Holder.LEGAL_PERSON, "a company's VAT number")),
            Map.entry("gstin", new Kind("VAT id", Holder.LEGAL_PERSON, "a company's GST number")),
            Map.entry("cin", new Kind("registration id", Holder.LEGAL_PERSON, "a company's registration")),
            Map.entry("iban", new Kind("IBAN", Holder.LEGAL_PERSON, "the vendor's business account")),
            Map.entry("bic", new Kind("BIC", Holder.LEGAL_PERSON, "a bank's code")),
            Map.entry("hotel_details", new Kind("address", Holder.LEGAL_PERSON, "a hotel's name and address")),
            Map.entry("invoice_number", new Kind("transaction id", Holder.TRANSACTION, "identifies an invoice")),
            Map.entry("order_id", new Kind("transaction id", Holder.TRANSACTION, "identifies an order")),
            Map.entry("booking_id", new Kind("transaction id", Holder.TRANSACTION, "identifies a booking")),
            Map.entry("narration", new Kind("transaction id", Holder.TRANSACTION, "order number text")),
            Map.entry("note", new Kind("note", Holder.TRANSACTION, "invoice boilerplate")),
            Map.entry("payment_method", new Kind("payment", Holder.TRANSACTION, "how the invoice was paid")),
            Map.entry("date", new Kind("date", Holder.TRANSACTION, "invoice date, not a birth date")),
            Map.entry("date_check_in", new Kind("date", Holder.TRANSACTION, "stay date")),
            Map.entry("date_check_out", new Kind("date", Holder.TRANSACTION, "stay date")));

    /** Per-document overrides of {@link #JSON_FIELDS}, key {@code document/field}. */
    static final Map<String, Kind> OVERRIDES = Map.of(
            "SammyMaystoneLinesTest/issuer", new Kind("name", Holder.NATURAL_PERSON, "a sole trader's own name"));

    /** Natural persons' data visible in the PDFs but absent from the upstream JSON: {document, field, category, value}. */
    static final List<String[]> SEEN_IN_PDF = List.of(
            new String[] {"FlipkartInvoice", "customer_name", "name", "Anushrut Singh"},
            new String[] {"FlipkartInvoice", "customer_street", "address", "3/64, Vishwas Khand,Gomti Nagar"},
            new String[] {"FlipkartInvoice", "customer_city", "address", "Lucknow 226010"},
            new String[] {"FlipkartInvoice", "customer_phone", "phone", "8756390642"},
            new String[] {"SammyMaystoneLinesTest", "issuer_name", "name", "Sammy Maystone"},
            new String[] {"SammyMaystoneLinesTest", "issuer_email", "e-mail", "smaystone4@fake.com"},
            new String[] {"SammyMaystoneLinesTest", "customer_name", "name", "Taylor Riddel"},
            new String[] {"SammyMaystoneLinesTest", "customer_email", "e-mail", "triddel9@fake.com"},
            new String[] {"coolblue2", "customer_name", "name", "Pino Bluebird"},
            new String[] {"coolblue2", "customer_street", "address", "Sessamestreet 32"},
            new String[] {"coolblue2", "customer_city", "address", "1025 RX Amsterdam"},
            new String[] {"oyo", "guest_name", "name", "Sanjay"});

    /**
     * JSON fields that are not values printed in the document but constants of invoice2data's templates (a
     * description, ISO currency and country codes); a two-letter code would also "occur" in any text.
     */
    static final Set<String> NOT_VALUES = Set.of("desc", "currency", "country_code");
    // ---- end of the mapping -------------------------------------------------------------------------------

    /** Whether findings cover a field: one finding covers it whole, findings cover part of it, or none. */
    public enum Found { YES, PART, NO }

    /**
     * One field of one document. {@code inText} is false when the normalised value is not verbatim in the
     * original's text (ISO dates, invoice2data labels): such rows are shown but not counted.
     */
    public record Row(String document, String field, String category, boolean personal, boolean inText, Found found,
                      boolean removed) {
    }

    /** All rows, whether pdftotext was used, and documents that failed (name and error stage only). */
    public record Result(List<Row> rows, boolean pdftotext, List<String> failures) {
        public Result {
            rows = List.copyOf(rows);
            failures = List.copyOf(failures);
        }

        public long personalCounted() {
            return rows.stream().filter(r -> r.personal() && r.inText()).count();
        }

        public long personalFound() {
            return rows.stream().filter(r -> r.personal() && r.inText() && r.found() == Found.YES).count();
        }

        public long personalRemoved() {
            return rows.stream().filter(r -> r.personal() && r.inText() && r.removed()).count();
        }
    }

    private final Anonymizer anonymizer;

    public PdfInvoiceEval(Anonymizer anonymizer) {
        this.anonymizer = anonymizer;
    }

    /** Runs every PDF with a ground-truth JSON under {@code setDir}, writing redacted copies into {@code work}. */
    public Result run(Path setDir, Path work) throws IOException {
        boolean poppler = pdftotextAvailable();
        List<Row> rows = new ArrayList<>();
        List<String> failures = new ArrayList<>();
        List<Path> pdfs;
        try (Stream<Path> s = Files.list(setDir.resolve("invoice2data"))) {
            pdfs = s.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        for (Path pdf : pdfs) {
            String doc = pdf.getFileName().toString().replaceFirst("\\.pdf$", "");
            Path json = pdf.resolveSibling(doc + ".json");
            if (Files.isRegularFile(json)) {
                measure(doc, pdf, invoiceFields(doc, json), work, poppler, rows, failures);
            }
        }
        Path sample = setDir.resolve("presidio_sample");
        if (Files.isRegularFile(sample.resolve("sample.pdf"))) {
            measure("presidio_sample", sample.resolve("sample.pdf"), presidioFields(sample.resolve("expected.json")), work,
                    poppler, rows, failures);
        }
        return new Result(rows, poppler, failures);
    }

    /** A field to measure before redaction: {@code value} is the raw expected value. */
    private record Expected(String field, String category, boolean personal, String value) {
    }

    private static List<Expected> invoiceFields(String doc, Path json) throws IOException {
        JsonNode root = new ObjectMapper().readTree(json.toFile());
        JsonNode node = root.isArray() ? root.path(0) : root;
        List<Expected> out = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            // Numbers are amounts and containers are line items: neither identifies anyone.
            if (!e.getValue().isTextual() || NOT_VALUES.contains(e.getKey())) {
                continue;
            }
            Kind k = OVERRIDES.getOrDefault(doc + "/" + e.getKey(), JSON_FIELDS.get(e.getKey()));
            if (k == null) {
                k = new Kind("other", Holder.TRANSACTION, "unclassified invoice field");
            }
            out.add(new Expected(e.getKey(), k.category(), k.holder() == Holder.NATURAL_PERSON, e.getValue().asText()));
        }
        for (String[] s : SEEN_IN_PDF) {
            if (s[0].equals(doc)) {
                out.add(new Expected(s[1] + " (pdf)", s[2], true, s[3]));
            }
        }
        return out;
    }

    private static List<Expected> presidioFields(Path json) throws IOException {
        List<Expected> out = new ArrayList<>();
        for (JsonNode c : new ObjectMapper().readTree(json.toFile()).path("text_containers")) {
            for (JsonNode e : c.path("entities")) {
                String type = e.path("entity_type").asText();
                out.add(new Expected(type.toLowerCase(Locale.ROOT), type.toLowerCase(Locale.ROOT).replace('_', ' '), true,
                        e.path("value").asText()));
            }
        }
        return out;
    }

    private void measure(String doc, Path pdf, List<Expected> fields, Path work, boolean poppler, List<Row> rows,
                         List<String> failures) throws IOException {
        String before = norm(extract(pdf, poppler));
        Anonymizer.Outcome o = anonymizer.redact(pdf, work.resolve(doc + ".pdf"));
        ScanResult r = o.result();
        if (o.output() == null || r.failed()) {
            failures.add(doc + ": " + (r.errors().isEmpty() ? "no output" : r.errors().get(0).stage()));
            return;
        }
        String after = norm(extract(o.output(), poppler));
        List<String> findings = r.findings().stream().map(Finding::value).map(PdfInvoiceEval::norm).filter(v -> !v.isEmpty()).toList();
        for (Expected f : fields) {
            String v = norm(f.value());
            Found found = findings.stream().anyMatch(x -> x.contains(v)) ? Found.YES
                    : findings.stream().anyMatch(v::contains) ? Found.PART : Found.NO;
            rows.add(new Row(doc, f.field(), f.category(), f.personal(), !v.isEmpty() && before.contains(v), found,
                    !after.contains(v)));
        }
    }

    /** PDFBox text, plus pdftotext's when installed: a value survives if either tool still reads it. */
    static String extract(Path pdf, boolean poppler) throws IOException {
        StringBuilder sb = new StringBuilder();
        try (PDDocument d = Loader.loadPDF(pdf.toFile())) {
            sb.append(new PDFTextStripper().getText(d));
        }
        if (poppler) {
            sb.append('\n').append(pdftotext(pdf));
        }
        return sb.toString();
    }

    private static String pdftotext(Path pdf) throws IOException {
        Process p = new ProcessBuilder("pdftotext", "-q", "-enc", "UTF-8", pdf.toString(), "-").redirectErrorStream(false).start();
        p.getOutputStream().close();
        byte[] out = p.getInputStream().readAllBytes();
        try {
            if (!p.waitFor(60, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                throw new IOException("pdftotext did not finish");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while waiting for pdftotext", e);
        }
        return new String(out, StandardCharsets.UTF_8);
    }

    static boolean pdftotextAvailable() {
        try {
            Process p = new ProcessBuilder("pdftotext", "-v").redirectErrorStream(true).start();
            p.getInputStream().readAllBytes();
            return p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Lower case without any whitespace: the upstream JSON drops some spaces the PDF text keeps. */
    static String norm(String s) {
        return s == null ? "" : s.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }

    /** One table per document, then the totals; rows not verbatim in the text are shown but not counted. */
    public static String table(Result result) {
        StringBuilder sb = new StringBuilder();
        sb.append(result.pdftotext() ? "Text extracted with PDFBox and pdftotext.\n"
                : "Text extracted with PDFBox only (pdftotext is not installed).\n");
        String doc = null;
        for (Row r : result.rows()) {
            if (!r.document().equals(doc)) {
                doc = r.document();
                sb.append("\n### ").append(doc).append("\n\n| field | category | personal? | found | removed |\n|---|---|---|---|---|\n");
            }
            sb.append("| ").append(r.field()).append(" | ").append(r.category())
                    .append(" | ").append(r.personal() ? "yes" : "no").append(" | ")
                    .append(r.inText() ? r.found().name().toLowerCase(Locale.ROOT) : "n/a").append(" | ")
                    .append(r.inText() ? (r.removed() ? "yes" : "no") : "n/a (not verbatim in text)").append(" |\n");
        }
        sb.append("\n| totals | counted | found | removed |\n|---|---:|---:|---:|\n");
        long companyCounted = result.rows().stream().filter(r -> !r.personal() && r.inText()).count();
        long companyRemoved = result.rows().stream().filter(r -> !r.personal() && r.inText() && r.removed()).count();
        long companyFound = result.rows().stream().filter(r -> !r.personal() && r.inText() && r.found() == Found.YES).count();
        sb.append(String.format(Locale.ROOT, "| **personal fields** | %d | %d | %d |%n",
                result.personalCounted(), result.personalFound(), result.personalRemoved()));
        sb.append(String.format(Locale.ROOT, "| company/transaction fields (information, not a failure) | %d | %d | %d |%n",
                companyCounted, companyFound, companyRemoved));
        for (String f : result.failures()) {
            sb.append("\nFAILED ").append(f);
        }
        return sb.toString();
    }
}
