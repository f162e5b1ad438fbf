package io.veil.recognize.names;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits text into word tokens with offsets, remembering a dot glued to the end ("Mr.", "M."). */
final class NameTokens {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}]+(?:['’-][\\p{L}\\p{M}]+)*");

    private NameTokens() {
    }

    /** A word of the text; {@code end} excludes a trailing dot, {@code dotted} says whether one follows. */
    /** {@code afterDot}: where the token's abbreviation dot ends ({@code end} without one). */
    record Token(String word, int start, int end, boolean dotted, int afterDot) {
        Token(String word, int start, int end, boolean dotted) {
            this(word, start, end, dotted, dotted ? end + 1 : end);
        }

        int endWithDot() {
            return afterDot;
        }

        boolean capitalised() {
            return Character.isUpperCase(word.codePointAt(0));
        }

        boolean allCaps() {
            return word.length() > 1 && word.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
        }

        /** One capital letter: with a dot anywhere, without one only inside a run ("Stephan M Urner"). */
        boolean initial() {
            return word.length() == 1 && capitalised();
        }
    }

    static List<Token> of(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            int end = m.end();
            String word = m.group();
            // A possessive is not part of the name: "Bryan Maclean's killers".
            if (word.length() > 3 && (word.endsWith("'s") || word.endsWith("’s"))) {
                word = word.substring(0, word.length() - 2);
                end -= 2;
            }
            int afterDot = end < text.length() && text.charAt(end) == '.' ? end + 1 : end;
            if (afterDot == end && word.length() <= 3 && end + 1 < text.length() && text.charAt(end) == ' ' && text.charAt(end + 1) == '.'
                    && (end + 2 == text.length() || Character.isWhitespace(text.charAt(end + 2)))) {
                afterDot = end + 2; // tokenised text (OCR corpora, NLP exports) spaces the dot off: "M . Sarrien", "Dr . Weber"
            }
            out.add(new Token(word, m.start(), end, afterDot > end, afterDot));
        }
        return out;
    }

    /** True when only spaces or tabs (no line break, no punctuation other than a glued dot) separate a and b. */
    static boolean sameLineGap(String text, Token a, Token b) {
        for (int i = a.endWithDot(); i < b.start(); i++) {
            char c = text.charAt(i);
            if (c != ' ' && c != '\t' && c != '\u00a0') {
                return false;
            }
        }
        return b.start() > a.endWithDot() || a.dotted();
    }

    /** True when a comma and spaces separate a and b ("Smith, John"). */
    static boolean commaGap(String text, Token a, Token b) {
        String gap = text.substring(a.endWithDot(), b.start());
        return gap.strip().equals(",") && !gap.contains("\n");
    }

    /** True when the token starts the text, a line, or a sentence. */
    static boolean sentenceInitial(String text, Token t) {
        int i = t.start() - 1;
        while (i >= 0 && (text.charAt(i) == ' ' || text.charAt(i) == '\t' || text.charAt(i) == '"' || text.charAt(i) == '\'')) {
            i--;
        }
        return i < 0 || ".!?\n\r•*-–—".indexOf(text.charAt(i)) >= 0;
    }
}
