package io.veil.model;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One piece of personal data found on a page. Immutable; every change makes a new finding.
 *
 * @param category    what kind of personal data it is
 * @param value       the detected value itself (personal data: never log it)
 * @param page        1-based page number
 * @param span        where it is in the page text, or {@code null} for image-only findings (faces)
 * @param boxes       the regions it covers on the page, one per line (empty until the layout lookup)
 * @param origin      what it was read from
 * @param detector    the recognizer or model id that found it
 * @param explanation why it was found; {@link #confidence()} is its final score
 * @param attributes  type extras in report names ({@code card_type}, {@code national_id_type}, ...)
 * @param redaction   the recommended redaction
 */
public record Finding(Category category, String value, int page, TextSpan span, List<Box> boxes, Origin origin,
                      String detector, Explanation explanation, Map<String, String> attributes, RedactionKind redaction) {

    public Finding {
        if (page < 1) {
            throw new IllegalArgumentException("pages are numbered from 1: " + page);
        }
        boxes = List.copyOf(boxes);
        attributes = Map.copyOf(attributes);
    }

    /** A finding in page text with the category's default redaction and no boxes yet. */
    public static Finding inText(Category category, String value, int page, TextSpan span, String detector,
                                 Explanation explanation, Map<String, String> attributes) {
        return new Finding(category, value, page, span, List.of(), Origin.TEXT, detector, explanation, attributes,
                category.defaultRedaction());
    }

    public double confidence() {
        return explanation.score();
    }

    public Optional<TextSpan> textSpan() {
        return Optional.ofNullable(span);
    }

    /** The union of {@link #boxes()}, if there are any. */
    public Optional<Box> boundingBox() {
        return boxes.isEmpty() ? Optional.empty() : Optional.of(Box.unionOf(boxes));
    }

    public Finding withBoxes(List<Box> b) {
        return new Finding(category, value, page, span, b, origin, detector, explanation, attributes, redaction);
    }

    public Finding withSpan(TextSpan s) {
        return new Finding(category, value, page, s, boxes, origin, detector, explanation, attributes, redaction);
    }

    public Finding withPage(int p) {
        return new Finding(category, value, p, span, boxes, origin, detector, explanation, attributes, redaction);
    }

    public Finding withOrigin(Origin o) {
        return new Finding(category, value, page, span, boxes, o, detector, explanation, attributes, redaction);
    }

    public Finding withExplanation(Explanation e) {
        return new Finding(category, value, page, span, boxes, origin, detector, e, attributes, redaction);
    }

    public Finding withRedaction(RedactionKind r) {
        return new Finding(category, value, page, span, boxes, origin, detector, explanation, attributes, r);
    }
}
