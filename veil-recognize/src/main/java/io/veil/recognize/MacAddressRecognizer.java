package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MAC addresses ({@link Category#DEVICE_ID}, {@code device_id_type=mac}): six hex pairs joined by one kind of
 * separator ({@code :} or {@code -}), or Cisco's three dotted quads. The broadcast and all-zero addresses
 * identify no device and are skipped; the dotted form also looks like other hex ids, so it needs a context word.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new MacAddressRecognizer().find("MAC: 00:1A:2B:3C:4D:5E", 1);   // one finding
 * }</pre>
 */
public final class MacAddressRecognizer implements Recognizer {
    private static final Pattern PAIRS = Pattern.compile(
            "(?<![\\p{L}\\p{N}:-])\\p{XDigit}{2}([:-])\\p{XDigit}{2}(?:\\1\\p{XDigit}{2}){4}(?![\\p{L}\\p{N}]|[:-]\\p{XDigit})");
    private static final Pattern DOTTED = Pattern.compile("(?<![\\p{L}\\p{N}.])\\p{XDigit}{4}\\.\\p{XDigit}{4}\\.\\p{XDigit}{4}(?![\\p{L}\\p{N}]|\\.\\p{XDigit})");
    private static final double PAIRS_BASE = 0.6;
    private static final double DOTTED_BASE = 0.4;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.25, "mac", "mac address", "hardware address", "physical address", "ethernet", "wifi", "wi fi",
                    "wlan", "bluetooth", "device", "mac adresse", "adresse mac", "dirección mac", "indirizzo mac")
            .build();

    @Override
    public String id() {
        return "mac_address";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = PAIRS.matcher(text);
        while (m.find()) {
            add(out, text, page, m.start(), m.end(), "mac", PAIRS_BASE, true);
        }
        Matcher d = DOTTED.matcher(text);
        while (d.find()) {
            add(out, text, page, d.start(), d.end(), "mac-dotted", DOTTED_BASE, false);
        }
        return out;
    }

    private void add(List<Finding> out, String text, int page, int start, int end, String pattern, double base,
                     boolean pairs) {
        String hex = text.substring(start, end).replaceAll("[^0-9A-Fa-f]", "").toLowerCase(Locale.ROOT);
        if (hex.equals("ffffffffffff") || hex.equals("000000000000")) {
            return;
        }
        Explanation e = Explanation.of(pattern, base);
        if (pairs) {
            // Six pairs with one separator are a MAC by syntax; this also lets it win over a phone match inside it.
            e = e.validated(Verdict.VALID, "mac syntax", base);
        }
        e = CONTEXT.apply(text, new TextSpan(start, end), e);
        out.add(Findings.of(Category.DEVICE_ID, text, page, start, end, id(), e, Map.of("device_id_type", "mac")));
    }
}
