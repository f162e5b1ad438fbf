package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.Verdict;
import io.veil.recognize.checksum.MrzCheck;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The machine-readable zone of passports (TD3: two lines of 44) and ID cards (TD1: three lines of 30), reported
 * whole as one {@link Category#NATIONAL_ID} with {@code national_id_type=mrz_td3} or {@code mrz_td1} when its
 * 7-3-1 check digits hold. The zone holds the document number, name, birth date and nationality together.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new MrzRecognizer().find(passportPageText, 1);   // one finding spanning both zone lines
 * }</pre>
 */
public final class MrzRecognizer implements Recognizer {
    private static final String NL = "[ \\t]*\\r?\\n[ \\t]*";
    private static final Pattern TD3 = Pattern.compile("(?m)^[ \\t]*(P[A-Z<][A-Z<]{42})" + NL + "([0-9A-Z<]{44})[ \\t]*$");
    private static final Pattern TD1 = Pattern.compile(
            "(?m)^[ \\t]*([ACI][A-Z<][0-9A-Z<]{28})" + NL + "([0-9A-Z<]{30})" + NL + "([A-Z<]{30})[ \\t]*$");
    private static final double BASE = 0.4;
    private static final double VALID = 0.95;

    @Override
    public String id() {
        return "mrz";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = TD3.matcher(text);
        while (m.find()) {
            add(out, text, page, m.start(1), m.end(2), MrzCheck.td3(m.group(1), m.group(2)), "mrz_td3");
        }
        m = TD1.matcher(text);
        while (m.find()) {
            add(out, text, page, m.start(1), m.end(3), MrzCheck.td1(m.group(1), m.group(2), m.group(3)), "mrz_td1");
        }
        return out;
    }

    private void add(List<Finding> out, String text, int page, int start, int end, Verdict v, String type) {
        if (v != Verdict.VALID) {
            return;
        }
        Explanation e = Explanation.of(type, BASE).validated(v, "icao 9303 check digits", VALID);
        out.add(Findings.of(Category.NATIONAL_ID, text, page, start, end, id(), e, Map.of("national_id_type", type)));
    }
}
