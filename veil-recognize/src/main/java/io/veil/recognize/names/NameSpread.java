package io.veil.recognize.names;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.recognize.names.NameTokens.Token;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The second look at a text's name candidates, using what the first look found elsewhere in the same text:
 * <ul>
 *   <li>a word that is part of a confident multi-word name is a name wherever else it stands alone
 *       ("directed by Philip Latourelle and starring Latourelle");</li>
 *   <li>in a list ("Rudi, Jackson and Campos"), when half the items are known names, all items are;</li>
 *   <li>lower-case names only with strong evidence: after an introduction ("my name is borna jerković") or in a
 *       list of at least three items that are mostly known given names.</li>
 * </ul>
 * Stateless apart from the gazetteer it reads; thread-safe.
 */
final class NameSpread {
    static final double SPREAD = 0.6;
    private static final double REPORTED = 0.5;
    private static final String ITEM = "[\\p{L}][\\p{L}\\p{M}'’-]*";
    private static final Pattern LIST = Pattern.compile("(?<![\\p{L}\\p{M}])" + ITEM + "(?:[ \\t]*,[ \\t]*" + ITEM
            + ")*[ \\t]*,?[ \\t]+(?:and|or|&|und|et|y|e|en|und)[ \\t]+" + ITEM + "(?![\\p{L}\\p{M}])");
    private static final Pattern HEAD_AFTER = Pattern.compile("[ \\t]*,?[ \\t]*(?:\\p{Lu}|\\d)");
    private static final Pattern ITEM_IN_LIST = Pattern.compile(ITEM);
    private static final Set<String> CONJUNCTIONS = Set.of("and", "or", "und", "et", "y", "e", "en");
    private static final Set<String> STRONG_INTROS = Set.of("my name is", "name is", "call me", "calls me",
            "mein name ist", "je m appelle", "me llamo", "mi chiamo", "ik heet");

    private final NameGazetteer gazetteer;
    private final String detector;

    NameSpread(NameGazetteer gazetteer, String detector) {
        this.gazetteer = gazetteer;
        this.detector = detector;
    }

    List<Finding> apply(String text, int page, List<Finding> first) {
        Map<TextSpan, Finding> bySpan = new HashMap<>();
        first.forEach(f -> bySpan.put(f.span(), f));
        spreadConfirmedWords(text, bySpan);
        lists(text, page, bySpan);
        introductions(text, page, bySpan);
        lineShapes(text, bySpan);
        return bySpan.values().stream().sorted(java.util.Comparator.comparing(Finding::span)).toList();
    }

    private void spreadConfirmedWords(String text, Map<TextSpan, Finding> bySpan) {
        Set<String> confirmed = new HashSet<>();
        for (Finding f : bySpan.values()) {
            List<String> parts = nameParts(f.value());
            if (f.confidence() >= REPORTED && parts.size() >= 2) {
                parts.stream().filter(p -> p.length() > 1).forEach(confirmed::add);
            }
        }
        for (Finding f : List.copyOf(bySpan.values())) {
            List<String> parts = nameParts(f.value());
            if (f.confidence() < REPORTED && !parts.isEmpty() && confirmed.containsAll(parts)) {
                bySpan.put(f.span(), raised(f, "same name as elsewhere in the text"));
            }
        }
    }

    private void lists(String text, int page, Map<TextSpan, Finding> bySpan) {
        // Where names are already reported, by start, to count the items of a list that are.
        java.util.TreeMap<Integer, Integer> reported = new java.util.TreeMap<>();
        bySpan.values().stream().filter(f -> f.confidence() >= REPORTED && f.span() != null)
                .forEach(f -> reported.merge(f.span().start(), f.span().end(), Math::max));
        Matcher m = LIST.matcher(text);
        while (m.find()) {
            List<TextSpan> items = new ArrayList<>();
            Matcher w = ITEM_IN_LIST.matcher(text).region(m.start(), m.end());
            while (w.find()) {
                if (!CONJUNCTIONS.contains(w.group()) && !w.group().equals("&")) {
                    items.add(new TextSpan(w.start(), w.end()));
                }
            }
            boolean upper = items.stream().allMatch(s -> Character.isUpperCase(text.codePointAt(s.start())));
            boolean lower = items.stream().allMatch(s -> Character.isLowerCase(text.codePointAt(s.start())));
            if (items.stream().anyMatch(s -> NameWords.STOP.contains(NameWords.key(s.of(text))))
                    || HEAD_AFTER.matcher(text).region(m.end(), text.length()).lookingAt()) {
                // "Jones, Smith and Davis Orchestra", "Leon and Eyrarodda 66": a firm or a street, not people.
                continue;
            }
            long given = count(items, text, gazetteer::isGiven);
            long known = count(items, text, x -> gazetteer.isGiven(x) || gazetteer.isFamily(x));
            long confirmed = items.stream().filter(x -> {
                var at = reported.floorEntry(x.start());
                return at != null && at.getValue() >= x.end();
            }).count();
            // "Raina, Crispolti, Ortali, Vitelli und Gentile": half known from the lists, or half reported already.
            boolean names = (upper && items.size() >= 2 && Math.max(known, confirmed) * 2 >= items.size())
                    || (lower && items.size() >= 3 && given * 3 >= items.size() * 2);
            if (!names) {
                continue;
            }
            for (TextSpan s : items) {
                Finding f = bySpan.get(s);
                if (f == null) {
                    Explanation e = Explanation.of("name: in a list of names", SPREAD);
                    bySpan.put(s, Finding.inText(Category.FULL_NAME, s.of(text), page, s, detector, e, Map.of()));
                } else if (f.confidence() < SPREAD) {
                    bySpan.put(s, raised(f, "in a list of names"));
                }
            }
        }
    }

    /** Lower-case names right after an introduction: "my name is vitoria", "name: hyuuma t. maida". */
    private void introductions(String text, int page, Map<TextSpan, Finding> bySpan) {
        List<Token> tokens = NameTokens.of(text);
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.capitalised() || t.word().length() < 2 || NameWords.STOP.contains(NameWords.key(t.word()))
                    || !PersonCues.intro(text, t.start())) {
                continue;
            }
            boolean strong = PersonCues.nameLabel(text, t.start())
                    || STRONG_INTROS.stream().anyMatch(p -> PersonCues.endsWith(text, t.start(), p));
            if (!strong && !gazetteer.isGiven(t.word())) {
                continue;
            }
            int last = i;
            while (last + 1 < tokens.size() && last - i < 2) {
                Token n = tokens.get(last + 1);
                if (!NameTokens.sameLineGap(text, tokens.get(last), n) || n.capitalised()
                        || NameWords.STOP.contains(NameWords.key(n.word()))
                        || (n.word().length() > 1 && !gazetteer.isFamily(n.word()) && !gazetteer.isGiven(n.word()) && !strong)) {
                    break;
                }
                last++;
            }
            TextSpan span = new TextSpan(t.start(), tokens.get(last).end());
            if (bySpan.keySet().stream().noneMatch(s -> s.overlaps(span))) {
                Explanation e = Explanation.of("name: lower case after an introduction", SPREAD);
                bySpan.put(span, Finding.inText(Category.FULL_NAME, span.of(text), page, span, detector, e, Map.of()));
            }
            i = last;
        }
    }

    /**
     * Names known by where they stand: alone on the line above a postal address ("Satu Elomo⏎45818 P.O. Box 242"),
     * a speaker in a dialogue of at least two "Name:" lines, and a vocative ("Kuba, can I…", "…, Mark!").
     */
    private void lineShapes(String text, Map<TextSpan, Finding> bySpan) {
        long speakers = SPEAKER.matcher(text).results().count();
        for (Finding f : List.copyOf(bySpan.values())) {
            if (f.confidence() >= SPREAD) {
                continue;
            }
            TextSpan s = f.span();
            String reason = null;
            int words = nameParts(f.value()).size();
            // Only the ends of the line next to the name matter: look at most SHAPE_REACH chars either way, so a
            // megabyte-long line (JSON, logs) costs no more than a short one.
            int lineFrom = lineStart(text, s.start());
            boolean wholeBefore = s.start() - lineFrom <= SHAPE_REACH;
            String lineBefore = text.substring(Math.max(lineFrom, s.start() - SHAPE_REACH), s.start());
            int lineTo = lineEnd(text, s.end());
            String lineAfter = text.substring(s.end(), Math.min(lineTo, s.end() + SHAPE_REACH));
            boolean blankAfter = lineTo - s.end() <= SHAPE_REACH && lineAfter.isBlank();
            if (words >= 2 && words <= 4 && wholeBefore && LINE_PREFIX.matcher(lineBefore).matches() && blankAfter
                    && topOfBlock(text, lineFrom)
                    && ADDRESS_BELOW.matcher(text).region(s.end(), text.length()).lookingAt()) {
                reason = "alone on the line above an address";
            } else if (speakers >= 2 && words == 1 && wholeBefore && lineBefore.isBlank() && !f.value().equals(f.value().toUpperCase(Locale.ROOT)) && SPEAKER_AFTER.matcher(lineAfter).lookingAt()) {
                reason = "speaker in a dialogue";
            } else if (words == 1 && (wholeBefore && VOCATIVE_START.matcher(lineBefore).matches() && VOCATIVE_AFTER.matcher(lineAfter).lookingAt()
                    || VOCATIVE_END_BEFORE.matcher(lineBefore).find() && VOCATIVE_END.matcher(lineAfter).lookingAt()
                    && gazetteer.isGiven(f.value()))) {
                reason = "addressed by name";
            }
            if (reason != null) {
                bySpan.put(s, raised(f, reason));
            }
        }
    }

    /** How far the line-shape checks look before and after a name. */
    private static final int SHAPE_REACH = 160;
    private static final Pattern LINE_PREFIX = Pattern.compile("[ \\t>?*•-]*(?:(?i:billing address|shipping address|to|attn|attention)[ \\t]*:?[ \\t]*)?");
    /** Within three lines below: a line that opens with a house number, a P.O. box, a unit or a military unit. */
    private static final Pattern ADDRESS_BELOW = Pattern.compile("(?:[^\\n]*\\n){1,3}[ \\t>?*•]*(?:\\d{1,6}\\b|(?i:p\\.?\\s?o\\.?\\s?box|unit|psc|suite|apt|the corner of)\\b)");
    /** "Danielle: Remember me?": a mixed-case word, a colon, then words (not "TEL:+44…" or "FN:Jane" of a vCard). */
    private static final Pattern SPEAKER = Pattern.compile("(?m)^[ \\t]*\\p{Lu}\\p{Ll}[\\p{L}\\p{M}'’-]*[ \\t]*:[ \\t]*[\"“\\\\]*\\p{L}+[ ,]+\\p{L}");
    private static final Pattern SPEAKER_AFTER = Pattern.compile("[ \\t]*:[ \\t]*[\"“\\\\]*\\p{L}+[ ,]+\\p{L}");
    private static final Pattern VOCATIVE_START = Pattern.compile("[ \\t\"'>]*");
    private static final Pattern VOCATIVE_AFTER = Pattern.compile(",[ \\t]+(?i:can|could|would|will|please|do|are|have|did|i|you|what|how|why|where|when|thanks|thank)\\b");
    private static final Pattern VOCATIVE_END_BEFORE = Pattern.compile(",[ \\t]*$");
    private static final Pattern VOCATIVE_END = Pattern.compile("[ \\t]*[!?]");

    /** True when the line starting at {@code lineStart} opens the text or follows a blank line. */
    private static boolean topOfBlock(String text, int lineStart) {
        if (lineStart == 0) {
            return true;
        }
        String previous = text.substring(lineStart(text, lineStart - 1), lineStart - 1).strip();
        return previous.isEmpty() || previous.matches("[>?*•-]+");
    }

    /** Where the line holding {@code at} starts, or an offset more than {@link #SHAPE_REACH} before it. */
    private static int lineStart(String text, int at) {
        int stop = Math.max(0, at - SHAPE_REACH - 1);
        for (int i = at - 1; i >= stop; i--) {
            if (text.charAt(i) == '\n') {
                return i + 1;
            }
        }
        return stop == 0 ? 0 : stop - 1;
    }

    /** Where the line holding {@code at} ends, or an offset more than {@link #SHAPE_REACH} after it. */
    private static int lineEnd(String text, int at) {
        int stop = (int) Math.min(text.length(), at + (long) SHAPE_REACH + 1);
        int e = text.indexOf('\n', at, stop);
        return e >= 0 ? e : stop == text.length() ? stop : stop + 1;
    }

    private static long count(List<TextSpan> items, String text, Predicate<String> p) {
        return items.stream().filter(s -> p.test(s.of(text))).count();
    }

    private static Finding raised(Finding f, String reason) {
        Explanation e = f.explanation().adjusted(reason, SPREAD);
        return Finding.inText(f.category(), f.value(), f.page(), f.span(), f.detector(), e, f.attributes());
    }

    private static List<String> nameParts(String value) {
        List<String> out = new ArrayList<>();
        for (String w : value.split("[^\\p{L}\\p{M}'’-]+")) {
            String k = NameWords.key(w);
            if (!k.isEmpty() && !NameWords.HONORIFICS.contains(k) && !NameWords.PARTICLES.contains(k)) {
                out.add(k.toLowerCase(Locale.ROOT));
            }
        }
        return out;
    }
}
