package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.validator.routines.InetAddressValidator;

/**
 * IPv4 and IPv6 addresses ({@link Category#IP_ADDRESS}), with an optional CIDR prefix and IPv6 zone
 * ({@code fe80::1%eth0/64}). Octets above 255, glued letters ({@code IP192.168.1.1}), times, ratios, C++ scopes
 * and MAC addresses are rejected; four dotted numbers after "version" or "build" are lowered below the
 * reporting threshold. An IPv6 candidate is a whole run of address characters, validated as one piece, so a
 * valid prefix of an invalid run ({@code 2001:db8::256.1.1.1}) is not reported.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new IpAddressRecognizer().find("from 192.168.0.1 and 2001:db8::1", 1);   // two findings
 * }</pre>
 */
public final class IpAddressRecognizer implements Recognizer {
    private static final String OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";
    private static final Pattern V4 = Pattern.compile("(?<![\\p{L}\\p{N}._-])" + OCTET + "(?:\\." + OCTET + "){3}"
            + "(?:/(?:3[0-2]|[12]?\\d)(?!\\d))?(?![\\p{L}\\p{N}_])");
    private static final Pattern V6_RUN = Pattern.compile("(?<![\\p{L}\\p{N}:.%_-])[\\p{Alnum}:.%/]*:[\\p{Alnum}:.%/]*");
    private static final Pattern ZONE = Pattern.compile("[A-Za-z0-9]{1,15}");
    private static final double BASE = 0.5;
    private static final double VALID_SYNTAX = 0.7;
    private static final ContextScorer CONTEXT = ContextScorer.builder()
            .raise(0.15, "ip", "ip address", "ipv4", "ipv6", "ip adresse", "adresse ip", "dirección ip", "indirizzo ip",
                    "ip adres", "host", "server", "client", "remote", "src", "dst", "from")
            .lower(0.4, "version", "ver", "v", "build", "release", "firmware", "oid", "section", "chapter", "paragraph")
            .build();

    @Override
    public String id() {
        return "ip_address";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher v4 = V4.matcher(text);
        while (v4.find()) {
            out.add(finding(text, page, v4.start(), v4.end(), "ipv4"));
        }
        Matcher run = V6_RUN.matcher(text);
        while (run.find()) {
            int end = v6End(text, run.start(), run.end());
            if (end > run.start()) {
                out.add(finding(text, page, run.start(), end, "ipv6"));
            }
        }
        return out;
    }

    /** The end of the valid IPv6 address (with zone and prefix) that the run is, or -1. */
    private static int v6End(String text, int start, int end) {
        while (end > start && text.charAt(end - 1) == '.') {
            end--;
        }
        String run = text.substring(start, end);
        int slash = run.indexOf('/');
        String addr = slash < 0 ? run : run.substring(0, slash);
        int addrEnd = start + addr.length();
        if (slash >= 0) {
            String prefix = run.substring(slash + 1);
            boolean prefixOk = prefix.matches("\\d{1,3}") && Integer.parseInt(prefix) <= 128;
            boolean onlyDigits = prefix.matches("\\d+");
            if (!onlyDigits) {
                return -1;
            }
            end = prefixOk ? end : addrEnd;
        }
        int pct = addr.indexOf('%');
        if (pct >= 0 && !ZONE.matcher(addr.substring(pct + 1)).matches()) {
            return -1;
        }
        String bare = pct < 0 ? addr : addr.substring(0, pct);
        if (bare.chars().filter(c -> c == ':').count() < 2 || !InetAddressValidator.getInstance().isValidInet6Address(bare)) {
            return -1;
        }
        return end;
    }

    private Finding finding(String text, int page, int start, int end, String pattern) {
        Explanation e = Explanation.of(pattern, BASE).validated(Verdict.VALID, pattern + " syntax", VALID_SYNTAX);
        e = CONTEXT.apply(text, new TextSpan(start, end), e);
        return Findings.of(Category.IP_ADDRESS, text, page, start, end, id(), e, Map.of());
    }
}
