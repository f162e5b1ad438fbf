package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.spi.Recognizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A place named as where someone lives ("lives in London", "wohnt in Frankfurt am Main", "habite à Lyon"):
 * {@link Category#PHYSICAL_ADDRESS} with {@code address_type=residence}. A city alone is not personal data; the
 * place of residence of a person is. Only the place is reported, not the phrase.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new ResidenceRecognizer().find("Jessica Smith lives in New York.", 1);   // "New York"
 * }</pre>
 */
public final class ResidenceRecognizer implements Recognizer {
    /** Residence phrases in en, de, fr, es, it, nl. */
    private static final String CUES = "lives in|living in|live in|resides in|residing in|resident in|moved to|relocated to"
            + "|wohnt in|wohnhaft in|lebt in|habite à|habite a|habitant à|vit à|réside à|vive en|reside en|vive a|abita a"
            + "|risiede a|woont in|woonachtig in|woonachtig te";
    private static final String WORD = "\\p{Lu}[\\p{L}'’-]*\\.?";
    private static final String PARTICLE = "(?:am|an|der|de|del|la|le|sur|upon|on|di|aan|den)";
    private static final Pattern RESIDENCE = Pattern.compile(
            "(?i:\\b(?:" + CUES + "))[ \\t]+(?<place>" + WORD + "(?:[ \\t]+(?:" + PARTICLE + "[ \\t]+)?" + WORD + "){0,3})");
    private static final double BASE = 0.6;

    @Override
    public String id() {
        return "residence";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        Matcher m = RESIDENCE.matcher(text);
        while (m.find()) {
            int start = m.start("place");
            int end = m.end("place");
            if (text.charAt(end - 1) == '.') {
                end--; // the full stop ends the sentence, it is not an abbreviation of the place
            }
            String cue = text.substring(m.start(), start).trim();
            Explanation e = Explanation.of("residence phrase", BASE).adjusted("after '" + cue.toLowerCase(java.util.Locale.ROOT) + "'", BASE);
            out.add(Findings.of(Category.PHYSICAL_ADDRESS, text, page, start, end, id(), e, Map.of("address_type", "residence")));
        }
        return out;
    }
}
