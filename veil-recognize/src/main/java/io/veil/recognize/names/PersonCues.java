package io.veil.recognize.names;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The words right next to a capitalised run that say it names a person even when neither word is in the
 * gazetteers: a speech or life verb after it ("…, says Hauta-aho", "Petr Kloz spent a year"), a role or kinship
 * word before it ("directed by", "my kid", "producer", "player"), and the introductions after which even a
 * lower-case word is a name ("my name is", "call me"). Also the place prepositions ("in", "at", "from") after
 * which a lone capitalised word is more often a place than a person. Only adjacent words count: a cue two clauses
 * away describes something else.
 *
 * <p>Stateless and thread-safe.
 */
final class PersonCues {
    private PersonCues() {
    }

    /** Phrases that end right before a person's name (normalised: lower case, single spaces). */
    private static final List<String[]> BEFORE = phrases("says", "said", "asked", "told", "tells", "thanked",
            "directed by", "written by", "produced by", "composed by", "painted by", "sung by", "performed by",
            "starring", "featuring", "feat", "heard", "assistant to", "tribute to", "speak to", "talk to", "speak with",
            "talk with", "follow up with", "accounts with", "met with", "meeting with", "married to", "married",
            "kid", "son", "daughter", "wife", "husband", "friend", "brother", "sister", "mother", "father", "mom", "mum",
            "dad", "boss", "colleague", "partner", "uncle", "aunt", "cousin", "nephew", "niece", "grandson",
            "granddaughter", "grandma", "grandpa", "player", "singer", "actor", "actress", "author", "writer",
            "novelist", "poet", "producer", "director", "ceo", "cfo", "cto", "founder", "founders", "president",
            "chairman", "chairwoman", "manager", "minister", "senator", "governor", "mayor", "judge", "officer",
            "agent", "nurse", "doctor", "lawyer", "attorney", "teacher", "professor", "student", "coach", "captain",
            "musician", "artist", "rapper", "guitarist", "drummer", "journalist", "reporter", "spokesperson",
            "spokesman", "spokeswoman", "detective", "inspector", "technician", "engineer", "employee", "dear",
            "sagte", "sagt", "dit", "a dit", "dijo", "ha detto", "zei", "zegt");

    /** Phrases that start right after a person's name. */
    private static final List<String[]> AFTER = phrases("said", "says", "asked", "told", "explained", "wrote",
            "replied", "answered", "added", "agreed", "argued", "admitted", "began", "spent", "lives", "lived",
            "works", "worked", "joined", "studied", "married", "died", "was born", "is from", "was from", "thinks",
            "thought", "wants", "wanted", "loves", "loved", "hates", "likes", "liked", "felt", "feels", "knows",
            "knew", "had given", "has given", "gave", "called me", "is very", "was a huge", "speak", "speaking",
            "sagte", "sagt", "a dit", "dit", "dijo", "ha detto", "zei");

    /** Introductions after which a lower-case word is still a name ("my name is vitoria"). */
    private static final List<String[]> INTRO = phrases("my name is", "name is", "call me", "calls me",
            "called me", "named", "i am", "i m", "im", "mein name ist", "je m appelle", "me llamo", "mi chiamo",
            "ik heet");

    /** Prepositions after which a lone capitalised word is a place more often than a person. */
    static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "at", "near", "into", "from", "aus", "nach", "bei",
            "à", "en", "dans", "a", "di", "da", "uit", "te", "bij");

    /** Articles make the run a noun phrase ("the Packager said", "the Castro novel"), not a name. */
    private static final Set<String> ARTICLES = Set.of("the", "a", "an", "this", "that", "der", "die", "das", "le",
            "la", "el", "il", "lo", "de", "het");

    /** A person word right before {@code start} or right after {@code end}, unless an article precedes the run. */
    static boolean around(String text, int start, int end) {
        if (ARTICLES.contains(previousWord(text, start))) {
            return false;
        }
        return endsWithAny(wordsBefore(text, start), BEFORE) || startsWithAny(wordsAfter(text, end), AFTER);
    }

    static boolean intro(String text, int start) {
        return endsWithAny(wordsBefore(text, start), INTRO) || NAME_LABEL.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    /** True for a form label "name:" right before {@code start}. */
    static boolean nameLabel(String text, int start) {
        return NAME_LABEL.matcher(text.substring(Math.max(0, start - 20), start)).find();
    }

    private static final java.util.regex.Pattern NAME_LABEL = java.util.regex.Pattern.compile("(?i)\\bname\\s*:\\s*$");

    /** True when the words right before {@code start} end with {@code phrase} (normalised). */
    static boolean endsWith(String text, int start, String phrase) {
        return endsWithAny(wordsBefore(text, start), List.<String[]>of(phrase.split(" ")));
    }

    /** The word right before {@code start} when only spaces separate them, else empty. */
    static String previousWord(String text, int start) {
        int i = start;
        while (i > 0 && text.charAt(i - 1) == ' ') {
            i--;
        }
        int e = i;
        while (i > 0 && Character.isLetter(text.charAt(i - 1))) {
            i--;
        }
        return i == e || e == start ? "" : text.substring(i, e).toLowerCase(Locale.ROOT);
    }

    private static String[] wordsBefore(String text, int start) {
        String s = text.substring(Math.max(0, start - 40), start);
        int cut = -1;
        for (int i = 0; i < s.length(); i++) {
            if ("\n.!?\"".indexOf(s.charAt(i)) >= 0) {
                cut = i; // a cue in the previous sentence or line describes something else
            }
        }
        return words(s.substring(cut + 1));
    }

    private static String[] wordsAfter(String text, int end) {
        String s = text.substring(end, Math.min(text.length(), end + 30));
        int cut = s.indexOf('\n');
        return words(cut >= 0 ? s.substring(0, cut) : s);
    }

    private static String[] words(String s) {
        String n = s.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{Nd}]+", " ").strip();
        return n.isEmpty() ? new String[0] : n.split(" ");
    }

    private static boolean endsWithAny(String[] words, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (p.length <= words.length && Arrays.equals(words, words.length - p.length, words.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsWithAny(String[] words, List<String[]> phrases) {
        for (String[] p : phrases) {
            if (p.length <= words.length && Arrays.equals(words, 0, p.length, p, 0, p.length)) {
                return true;
            }
        }
        return false;
    }

    private static List<String[]> phrases(String... p) {
        return Arrays.stream(p).map(s -> s.split(" ")).toList();
    }
}
