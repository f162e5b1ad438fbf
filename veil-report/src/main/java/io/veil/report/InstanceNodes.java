package io.veil.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.PageText;
import io.veil.model.TextSpan;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Writes the {@code pii_instances[]} entries of one report. Not thread-safe (its {@link Pseudonyms} numbers
 * values as they come); {@link ReportBuilder} makes one per report.
 */
final class InstanceNodes {

    static final String MASKED = "[masked]";
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final Pattern EXTRA_KEY = Pattern.compile("[a-z][a-z0-9_]{0,63}");
    /** Keys an attribute may not overwrite: the contract's own fields. */
    private static final Set<String> RESERVED = Set.of("instance_id", "category", "detected_value", "confidence",
            "location", "context", "recommended_redaction", "pseudonymization_option", "detector", "explanation",
            "gdpr_special_category", "pci_dss_applicable", "biometric_template_extractable");

    private final boolean masked;
    private final Map<Integer, String> pageTexts = new TreeMap<>();
    private final Pseudonyms pseudonyms;

    InstanceNodes(boolean masked, Iterable<PageText> pages) {
        this.masked = masked;
        this.pseudonyms = new Pseudonyms(masked);
        for (PageText p : pages) {
            pageTexts.put(p.page(), p.layout().text());
        }
    }

    ObjectNode instance(String instanceId, Finding f) {
        ObjectNode n = JSON.objectNode();
        n.put("instance_id", instanceId);
        n.put("category", f.category().id());
        if (f.category() != Category.FACE_BIOMETRIC) {
            n.put("detected_value", masked ? MASKED : f.value());
        }
        n.put("confidence", round(f.confidence(), 2));
        n.set("location", location(f));
        n.put("context", context(f));
        n.put("recommended_redaction", f.redaction().id());
        pseudonyms.optionFor(f).ifPresent(p -> n.put("pseudonymization_option", p));
        n.put("detector", f.detector());
        n.set("explanation", explanation(f.explanation()));
        n.put("gdpr_special_category", f.category().specialCategory());
        if (f.category() == Category.CREDIT_CARD) {
            n.put("pci_dss_applicable", true);
        }
        if (f.category() == Category.FACE_BIOMETRIC) {
            // A face crop at detection resolution is enough to compute a recognition template (Art. 4(14)).
            n.put("biometric_template_extractable", true);
        }
        new TreeMap<>(f.attributes()).forEach((k, v) -> {
            if (EXTRA_KEY.matcher(k).matches() && !RESERVED.contains(k) && v != null && !(masked && leaks(v, f))) {
                n.put(k, v);
            }
        });
        return n;
    }

    private ObjectNode location(Finding f) {
        ObjectNode loc = JSON.objectNode();
        Optional<Box> union = f.boundingBox();
        if (union.isPresent()) {
            loc.set("bounding_box", box(union.get()));
        } else {
            loc.putNull("bounding_box");   // plain-text inputs have no geometry; the key stays for the contract
        }
        loc.put("page", f.page());
        codePointSpan(f).ifPresent(s -> {
            ObjectNode span = loc.putObject("text_span");
            span.put("start", s.start());
            span.put("end", s.end());
        });
        if (f.boxes().size() > 1) {
            ArrayNode boxes = loc.putArray("bounding_boxes");
            f.boxes().forEach(b -> boxes.add(box(b)));
        }
        return loc;
    }

    /**
     * The span in code points of the page text. Only text and OCR findings have a span into the page text;
     * a barcode finding's span points into its payload, which is not page text.
     */
    private Optional<TextSpan> codePointSpan(Finding f) {
        if (f.span() == null || !(f.origin() == Origin.TEXT || f.origin() == Origin.OCR)) {
            return Optional.empty();
        }
        String text = pageTexts.get(f.page());
        if (text == null) {
            // A streamed text file keeps no page text: its findings' spans are in code points already.
            return f.origin() == Origin.TEXT ? Optional.of(f.span()) : Optional.empty();
        }
        if (f.span().end() > text.length()) {
            return Optional.empty();
        }
        return Optional.of(f.span().toCodePoints(text));
    }

    /** Where the value was read from, in words that never quote the surrounding text. */
    private static String context(Finding f) {
        return switch (f.origin()) {
            case OCR -> "OCR text, page " + f.page();
            case TEXT -> "document text, page " + f.page();
            case BARCODE -> Optional.ofNullable(f.attributes().get("barcode_format"))
                    .map(fmt -> "QR code or barcode payload (" + fmt + "), page " + f.page())
                    .orElse("QR code or barcode payload, page " + f.page());
            case IMAGE -> (f.category() == Category.FACE_BIOMETRIC ? "face in image, page " : "image region, page ")
                    + f.page();
        };
    }

    private static ObjectNode explanation(Explanation e) {
        ObjectNode n = JSON.objectNode();
        n.put("pattern", e.pattern());
        n.put("validation", e.validation().id());
        ArrayNode words = n.putArray("context_words");
        e.contextWords().forEach(words::add);
        ArrayNode steps = n.putArray("score_steps");
        e.steps().forEach(s -> steps.addObject().put("reason", s.reason()).put("score", round(s.score(), 3)));
        return n;
    }

    /** True when an attribute would repeat the value (or its digits) in a masked report. */
    private static boolean leaks(String attribute, Finding f) {
        String a = attribute.toLowerCase(Locale.ROOT);
        String v = f.value().toLowerCase(Locale.ROOT);
        String digits = v.replaceAll("\\D", "");
        return (!v.isBlank() && a.contains(v.strip())) || (digits.length() >= 4 && a.replaceAll("\\D", "").contains(digits));
    }

    static ObjectNode box(Box b) {
        ObjectNode n = JSON.objectNode();
        n.put("x", b.x());
        n.put("y", b.y());
        n.put("width", b.width());
        n.put("height", b.height());
        return n;
    }

    static double round(double v, int decimals) {
        double f = Math.pow(10, decimals);
        return Math.round(v * f) / f;
    }
}
