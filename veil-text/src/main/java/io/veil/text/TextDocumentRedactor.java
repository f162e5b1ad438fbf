package io.veil.text;

import io.veil.model.DecodedDocument;
import io.veil.model.FaceStyle;
import io.veil.model.Finding;
import io.veil.model.PageRedaction;
import io.veil.model.RedactionKind;
import io.veil.model.TextSpan;
import io.veil.spi.DocumentRedactor;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * Redacts plain-text documents by span, written as UTF-8 in the same format: a fully redacted value becomes its
 * category tag ({@code [EMAIL_ADDRESS]}), a partial one keeps its last four letters or digits and masks the rest
 * with {@code *} (separators stay, so columns and formats remain recognisable), a date of birth keeps its year.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * new TextDocumentRedactor().redact(input, doc, result.findings(), plan, FaceStyle.BLUR, out);
 * }</pre>
 */
public final class TextDocumentRedactor implements DocumentRedactor {

    @Override
    public boolean supports(String mediaType) {
        return TextFormat.ofMediaType(mediaType).isPresent();
    }

    @Override
    public String redact(Path input, DecodedDocument doc, List<Finding> findings, List<PageRedaction> plan, FaceStyle faceStyle,
                         Path out) throws IOException {
        String text = doc.pages().get(0).textLayer().text();
        Files.writeString(out, redactText(text, findings), StandardCharsets.UTF_8);
        return doc.source().mediaType();
    }

    /** {@code text} with every finding's span replaced as its redaction kind asks. */
    static String redactText(String text, List<Finding> findings) {
        List<Finding> spans = findings.stream().filter(f -> f.span() != null)
                .sorted(Comparator.comparing(Finding::span)).toList();
        StringBuilder out = new StringBuilder(text.length());
        int at = 0;
        for (Finding f : spans) {
            TextSpan s = f.span();
            if (s.start() < at) {
                continue; // overlaps a value already replaced; the resolver keeps these rare
            }
            out.append(text, at, s.start());
            out.append(replacementIn(f, text));
            at = s.end();
        }
        return out.append(text, at, text.length()).toString();
    }

    /** The replacement of a finding whose value is {@code value}, wherever its span points. */
    static String replacement(Finding f, String value) {
        return replacementIn(f.withSpan(new TextSpan(0, value.length())), value);
    }

    private static String replacementIn(Finding f, String text) {
        if (f.redaction() == RedactionKind.FULL || f.redaction() == RedactionKind.BLUR_FACE) {
            return "[" + f.category().id().toUpperCase(Locale.ROOT) + "]";
        }
        char[] value = f.span().of(text).toCharArray();
        for (TextSpan hidden : f.redaction().hiddenParts(f.span(), text)) {
            for (int i = hidden.start(); i < hidden.end(); i++) {
                if (Character.isLetterOrDigit(value[i - f.span().start()])) {
                    value[i - f.span().start()] = '*';
                }
            }
        }
        return new String(value);
    }
}
