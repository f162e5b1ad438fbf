package io.veil.recognize.names;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.recognize.names.NameTokens.Token;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Weighs a {@link PersonModel}'s tags against the rules' first look at a text, as two independent pieces of
 * evidence: a rules candidate of score r that the model tags with probability p scores 1 − (1 − r)(1 − p) (a
 * lone family name at 0.4 with p = 0.3 is reported, an unknown capitalised word at 0.2 needs p ≥ 0.38), and takes
 * the model's span, except that a title the rules saw before it stays part of the name. A tag the rules did not
 * see scores p, lowered when it sits next to a house number (streets are named after people) or after a place
 * preposition ("lives in Hamilton"); a tag followed by a company word is dropped. Tags grow over known name words
 * and titles next to them. Stateless; thread-safe.
 */
final class NerEvidence {
    private static final double STREET_OR_PLACE = 0.3;
    /** The rules' explanation of a name opened by a title ({@link GazetteerNameRecognizer}). */
    static final String HONORIFIC_RULE = "name: honorific";
    private static final int MAX_GROWTH = 2;
    private static final java.util.Set<String> CONJUNCTIONS = java.util.Set.of("und", "oder", "bis", "sowie", "and", "or",
            "to", "et", "ou", "y", "o", "e", "en", "of");

    private NerEvidence() {
    }

    /** {@code tokens}: {@link NameTokens#of} of {@code text}, as the rules already have them. */
    static List<Finding> merge(String text, List<Token> tokens, int page, List<Finding> first, List<PersonModel.Span> tags,
                               String detector, NameGazetteer gazetteer) {
        List<Finding> added = new ArrayList<>();
        boolean[] replaced = new boolean[first.size()];
        // The rules' findings by start, to look up those a tag overlaps without walking them all per tag.
        Integer[] byStart = java.util.stream.IntStream.range(0, first.size()).filter(i -> first.get(i).span() != null)
                .boxed().sorted(java.util.Comparator.comparingInt(i -> first.get(i).span().start())).toArray(Integer[]::new);
        int longest = java.util.Arrays.stream(byStart).mapToInt(i -> first.get(i).span().end() - first.get(i).span().start()).max().orElse(0);
        for (PersonModel.Span tag : tags) {
            TextSpan cut = trimmed(text, tag);
            if (cut == null || companyNear(text, cut)) {
                continue;
            }
            TextSpan span = extended(text, tokens, cut, gazetteer);
            if (!span.equals(cut) && companyNear(text, span)) {
                continue; // grown over a token the cut held only in part: "Meine Steuer" of "Meine Steuer-ID"
            }
            boolean overlapped = false;
            String why = String.format(java.util.Locale.ROOT, "the %s name model: %.2f", tag.language(), tag.probability());
            double byModel = tag.probability();
            String doubt = null;
            if (NameWords.nextToNumber(text, span)) {
                doubt = "next to a house number";
            } else if (PersonCues.PLACE_PREPOSITIONS.contains(PersonCues.previousWord(text, span.start()))) {
                doubt = "after a place preposition";
            }
            if (doubt != null) {
                // The model's word counts for less where streets and places stand; the rules judged those already.
                byModel = Math.max(0, byModel - STREET_OR_PLACE);
                why += ", " + doubt;
            }
            Finding best = null;
            for (int k = firstStartingFrom(first, byStart, span.start() - longest); k < byStart.length
                    && first.get(byStart[k]).span().start() < span.end(); k++) {
                int i = byStart[k];
                Finding f = first.get(i);
                if (!f.span().overlaps(span)) {
                    continue;
                }
                replaced[i] = true;
                overlapped = true;
                if (f.explanation().pattern().equals(HONORIFIC_RULE)) {
                    // "Dr. Dom. Comploj": the rules know where a title starts the name; the model where it ends.
                    TextSpan union = new TextSpan(Math.min(f.span().start(), span.start()), Math.max(f.span().end(), span.end()));
                    added.add(at(text, page, union, detector, f.explanation().adjusted(why, either(f.confidence(), byModel))));
                } else if (best == null || f.confidence() > best.confidence()) {
                    best = f;
                }
            }
            if (best != null) {
                // The model's boundaries: in German every noun is capitalised, so the rules' runs overreach
                // ("Quadratmeter Kaufmann Josef").
                added.add(at(text, page, span, detector, best.explanation().adjusted(why, either(best.confidence(), byModel))));
            } else if (!overlapped) {
                Explanation e = Explanation.of("name: " + tag.language() + " name model", tag.probability());
                if (doubt != null) {
                    e = e.adjusted(doubt, byModel);
                }
                added.add(at(text, page, span, detector, e));
            }
        }
        List<Finding> out = new ArrayList<>();
        for (int i = 0; i < first.size(); i++) {
            if (!replaced[i]) {
                out.add(first.get(i));
            }
        }
        out.addAll(added);
        List<Finding> grown = new ArrayList<>(out.size());
        for (Finding f : out) {
            TextSpan g = registryOrder(text, tokens, f.span(), gazetteer);
            g = hyphenated(text, g);
            grown.add(g.equals(f.span()) ? f : at(text, page, g, detector, f.explanation().adjusted(
                    g.start() < f.span().start() ? "family name before the given name" : "word broken at a line end", f.confidence())));
        }
        return dedupe(grown);
    }

    /**
     * "Lutteroti Ernesto", "Dallago Frida": registers, lists and Italian or Austrian usage put the family name
     * first. A name that opens with a known given name and ends its list item (a comma, semicolon, full stop or
     * line end follows) takes the capitalised unknown word just before it; in running German text the word
     * before a given name is as often a noun ("die Abgeordneten Gian").
     */
    private static TextSpan registryOrder(String text, List<Token> tokens, TextSpan span, NameGazetteer gazetteer) {
        int first = firstTokenAt(tokens, span.start());
        if (first <= 0 || tokens.get(first).start() != span.start() || !gazetteer.isGiven(tokens.get(first).word())) {
            return span;
        }
        int next = span.end();
        while (next < text.length() && (text.charAt(next) == ' ' || text.charAt(next) == '\t')) {
            next++;
        }
        if (next < text.length() && ",;.)\n".indexOf(text.charAt(next)) < 0) {
            return span;
        }
        Token before = tokens.get(first - 1);
        String key = NameWords.key(before.word());
        boolean candidate = before.capitalised() && !before.allCaps() && before.word().length() > 2 && !before.dotted()
                && NameTokens.sameLineGap(text, before, tokens.get(first)) && !NameWords.STOP.contains(key)
                && !NameWords.NOT_PERSON_TAIL.contains(key) && !NameWords.HONORIFICS.contains(key) && !NameWords.labelWord(before.word())
                && !gazetteer.isGiven(before.word());
        return candidate ? new TextSpan(before.start(), span.end()) : span;
    }

    /** A name whose last word is broken at a line end and spaced ("Burk- hart", "Gian- ferrari") takes the rest. */
    private static TextSpan hyphenated(String text, TextSpan span) {
        int e = span.end();
        if (e + 2 < text.length() && text.charAt(e) == '-' && (text.charAt(e + 1) == ' ' || text.charAt(e + 1) == '\n')
                && Character.isLowerCase(text.charAt(e + 2))) {
            int end = e + 2;
            while (end < text.length() && Character.isLetter(text.charAt(end))) {
                end++;
            }
            // "Meier- und Schulze": a conjunction after the hyphen is an elided compound, not a broken word.
            return CONJUNCTIONS.contains(text.substring(e + 2, end)) ? span : new TextSpan(span.start(), end);
        }
        return span;
    }

    /** The index of the first token ending after {@code offset}. */
    private static int firstTokenAt(List<Token> tokens, int offset) {
        int lo = 0, hi = tokens.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (tokens.get(mid).end() <= offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** The first position in {@code byStart} whose finding starts at or after {@code offset}. */
    private static int firstStartingFrom(List<Finding> first, Integer[] byStart, int offset) {
        int lo = 0, hi = byStart.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (first.get(byStart[mid]).span().start() < offset) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo;
    }

    /** Two independent pieces of evidence: the chance that neither is right is the product of their doubts. */
    private static double either(double a, double b) {
        return 1 - (1 - a) * (1 - b);
    }

    private static Finding at(String text, int page, TextSpan span, String detector, Explanation e) {
        return Finding.inText(Category.FULL_NAME, span.of(text), page, span, detector, e, Map.of());
    }

    /** The tag cut to the words inside it, without a trailing possessive; null when no name word is left. */
    private static TextSpan trimmed(String text, PersonModel.Span tag) {
        List<Token> words = NameTokens.of(text.substring(tag.start(), Math.min(text.length(), tag.end())));
        words = words.stream().filter(t -> !NameWords.STOP.contains(NameWords.key(t.word()))).toList();
        if (words.isEmpty() || words.stream().allMatch(t -> t.word().length() < 2)) {
            return null;
        }
        return new TextSpan(tag.start() + words.get(0).start(), tag.start() + words.get(words.size() - 1).end());
    }

    /**
     * Grows a tag over the known name words and titles right next to it on the same line: models often tag only
     * the given name of "Kofler Anna" or leave out the title of "Graf Aldovrondi", "Witwe Mair".
     */
    private static TextSpan extended(String text, List<Token> tokens, TextSpan span, NameGazetteer gazetteer) {
        int first = -1, last = -1;
        for (int i = firstTokenAt(tokens, span.start()); i < tokens.size() && tokens.get(i).start() < span.end(); i++) {
            first = first < 0 ? i : first;
            last = i;
        }
        if (first < 0) {
            return span;
        }
        for (int n = 0; n < MAX_GROWTH && first > 0 && NameTokens.sameLineGap(text, tokens.get(first - 1), tokens.get(first))
                && (nameWord(tokens.get(first - 1), gazetteer) || title(tokens.get(first - 1))); n++) {
            first--;
        }
        for (int n = 0; n < MAX_GROWTH && last + 1 < tokens.size() && NameTokens.sameLineGap(text, tokens.get(last), tokens.get(last + 1))
                && nameWord(tokens.get(last + 1), gazetteer); n++) {
            last++;
        }
        return new TextSpan(Math.min(span.start(), tokens.get(first).start()), Math.max(span.end(), tokens.get(last).end()));
    }

    private static boolean nameWord(Token t, NameGazetteer gazetteer) {
        return t.capitalised() && t.word().length() > 1 && !t.allCaps() && !NameWords.STOP.contains(NameWords.key(t.word()))
                && (gazetteer.isGiven(t.word()) || gazetteer.isFamily(t.word()));
    }

    private static boolean title(Token t) {
        String key = NameWords.key(t.word());
        return t.capitalised() && (NameWords.HONORIFICS.contains(key) || NameWords.TITLES.contains(key));
    }

    private static boolean companyNear(String text, TextSpan span) {
        List<Token> inside = NameTokens.of(span.of(text));
        if (inside.stream().anyMatch(t -> NameWords.NOT_PERSON_TAIL.contains(NameWords.key(t.word())) || NameWords.labelWord(t.word()))) {
            return true;
        }
        List<Token> after = NameTokens.of(text.substring(span.end(), Math.min(text.length(), span.end() + 40)));
        if (after.isEmpty()) {
            return false;
        }
        Token next = after.get(0);
        String gap = text.substring(span.end(), span.end() + next.start());
        return gap.chars().allMatch(c -> c == ' ' || c == '\t' || c == ',') && NameWords.NOT_PERSON_TAIL.contains(NameWords.key(next.word()));
    }

    /** Keeps, of findings with the same span, the most confident one. */
    private static List<Finding> dedupe(List<Finding> all) {
        Map<TextSpan, Finding> best = new java.util.LinkedHashMap<>();
        for (Finding f : all) {
            best.merge(f.span(), f, (a, b) -> a.confidence() >= b.confidence() ? a : b);
        }
        return new ArrayList<>(best.values());
    }
}
