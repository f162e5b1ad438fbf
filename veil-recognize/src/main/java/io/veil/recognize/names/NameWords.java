package io.veil.recognize.names;

import java.util.Locale;
import java.util.Set;

/**
 * The closed word lists the name rules use: honorifics, surname particles, words that are never names, words
 * that end a name run (company and street words), and first names that are also common words.
 */
final class NameWords {
    private NameWords() {
    }

    /** Compared in lower case, without a trailing dot. */
    static final Set<String> HONORIFICS = words("mr", "mrs", "ms", "miss", "mx", "dr", "prof", "sir", "dame", "lady",
            "lord", "rev", "herr", "frau", "fräulein", "m", "mme", "mlle", "mm", "monsieur", "madame", "sr", "sra", "srta",
            "señor", "señora", "don", "doña", "sig", "sigra", "signor", "signora", "signorina", "dott", "dottssa",
            "dhr", "mevr", "mw", "mej", "heer", "pan", "pani", "sra", "snr", "sen", "sen.", "capt", "col", "gen", "lt", "sgt",
            "herrn", "hrn", "hr", "dres", "mmes", "mlles", "mgr", "citoyen", "citoyenne", "veuve", "abbé", "docteur",
            "doktor", "pfarrer", "lieutenant", "capitaine", "commandant", "colonel", "général", "maréchal", "chanoine", "curé");

    /** Titles of rank and family status that belong to a name when a model tags the name next to them. */
    static final Set<String> TITLES = words("graf", "gräfin", "grafen", "fürst", "fürstin", "fürsten", "prinz", "prinzessin",
            "baron", "baronin", "freiherr", "freifrau", "witwe", "comte", "comtesse", "duc", "duchesse", "marquis", "marquise",
            "vicomte", "conte", "contessa", "marchese", "marchesa", "conde", "condesa", "duque", "duquesa", "veuve");

    static final Set<String> PARTICLES = words("van", "von", "de", "der", "den", "di", "da", "del", "della", "du",
            "le", "la", "dos", "das", "do", "ten", "ter", "zu", "y", "e", "st", "bin", "al", "el");

    /** Capitalised words that start sentences and headings but are not names, in the eight gazetteer languages. */
    static final Set<String> STOP = words("the", "a", "an", "i", "in", "on", "at", "to", "of", "for", "and", "or",
            "but", "if", "is", "it", "its", "this", "that", "these", "those", "we", "you", "he", "she", "they", "my",
            "your", "our", "his", "her", "their", "with", "from", "by", "as", "be", "not", "no", "yes", "dear", "hi",
            "hello", "please", "thanks", "thank", "regards", "best", "name", "date", "phone", "email", "address",
            "der", "die", "das", "ein", "eine", "und", "oder", "mit", "von", "für", "ich", "sie", "wir", "er", "es",
            "le", "la", "les", "un", "une", "et", "ou", "avec", "pour", "je", "il", "elle", "nous", "vous", "de", "du",
            "el", "los", "las", "y", "con", "por", "para", "yo", "ella", "il", "lo", "gli", "una", "con", "per", "io",
            "het", "een", "en", "met", "voor", "ik", "wij", "zij", "hij", "mijn", "w", "z", "na", "do", "o", "os", "um",
            "uma", "com", "eu", "ele", "ela", "mein", "meine", "meinen", "meiner", "unser", "unsere", "ihre",
            "dein", "deine", "seine", "mon", "ma", "mes", "notre", "votre", "mi", "mis", "su", "sus", "mio", "mia", "mr", "ms", "dr", "total", "street", "city", "country", "state", "new",
            "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
            "march", "april", "june", "july", "august", "september", "october", "november", "december", "today",
            "yesterday", "tomorrow", "customer", "patient", "client", "signed", "account", "card", "number", "bank",
            "north", "south", "east", "west", "mount", "lake", "saint", "san", "santa", "port", "fort", "university",
            "college", "school", "hospital", "company", "group", "team", "department", "office", "service", "services",
            "ok", "okay", "re", "fw", "fwd", "subject", "note", "notes", "summary", "report", "page", "figure", "table",
            "all", "some", "any", "each", "every", "there", "here", "when", "where", "what", "who", "why", "how",
            "after", "before", "during", "while", "since", "until", "about", "also", "just", "only", "very", "more", "i'm", "i’m", "i'd", "i'll", "i've", "can", "could", "would",
            "should", "shall", "must", "why", "unlike", "have", "has", "had", "was", "were", "are", "do", "does", "did",
            "producer", "director", "ceo", "bot", "user", "agent", "mobile", "fax", "desk", "office", "home", "work",
            "billing", "shipping", "god", "jesus", "christ", "suite", "apt", "unit", "box", "po", "apo", "fpo", "dpo");

    /** Words after which a capitalised run is an organisation or a place, not a person. */
    static final Set<String> NOT_PERSON_TAIL = words("inc", "ltd", "llc", "llp", "plc", "gmbh", "ag", "kg", "sa", "sas",
            "sarl", "srl", "spa", "bv", "nv", "corp", "corporation", "co", "company", "group", "bank", "university",
            "hospital", "clinic", "school", "college", "institute", "foundation", "association", "street", "st", "road",
            "rd", "avenue", "ave", "lane", "ln", "drive", "dr", "boulevard", "blvd", "way", "court", "ct", "place",
            "square", "park", "strasse", "straße", "str", "weg", "platz", "allee", "gasse", "rue", "avenida", "calle",
            "via", "piazza", "straat", "laan", "plein", "county", "city", "river", "lake", "mountain", "island",
            "airport", "station", "hotel", "restaurant", "cafe", "center", "centre", "building", "tower", "hall",
            "technologies", "technology", "tech", "solutions", "systems", "partners", "agency", "app", "labs", "lab",
            "health", "unlimited", "incorporated", "associates", "consulting", "services", "software", "data",
            "digital", "media", "energy", "logistics", "international", "holdings", "capital", "investments",
            "insurance", "movers", "networks", "analytics", "ventures", "studios", "industries", "enterprises",
            "global", "government", "sciences", "bioscience", "pharmaceuticals", "therapeutics", "robotics",
            "orchestra", "band", "records", "press", "books", "foods", "motors", "airlines", "communications",
            "springs", "heights", "bay", "beach", "valley", "hills", "falls", "harbour", "harbor", "port");

    /**
     * Words that make a field label of a capitalised run ("Meine Steuer-ID:", "Kunden-Nr"): a run holding one, alone
     * or as the last part of a hyphenated word, is not a person.
     */
    static final Set<String> LABEL_WORDS = words("id", "nr", "no", "nummer", "number", "numéro", "número", "numero",
            "code", "iban", "tel", "fax", "email", "mail", "pin", "tan", "ref");

    /** True when {@code word} is a label word or ends in one after a hyphen ("Steuer-ID"). */
    static boolean labelWord(String word) {
        String key = key(word);
        int dash = key.lastIndexOf('-');
        return LABEL_WORDS.contains(key) || dash >= 0 && LABEL_WORDS.contains(key.substring(dash + 1));
    }

    /** First names that are also common words; at the start of a sentence they need more evidence. */
    static final Set<String> COMMON_WORD_NAMES = words("may", "will", "mark", "bill", "rose", "june", "april",
            "august", "grace", "hope", "faith", "joy", "summer", "autumn", "dawn", "eve", "ivy", "holly", "lily",
            "daisy", "iris", "ruby", "amber", "crystal", "destiny", "chase", "hunter", "mason", "carter", "cooper",
            "baker", "page", "rich", "gay", "guy", "sunny", "sky", "rock", "stone", "king", "duke", "earl", "angel",
            "star", "ray", "art", "sue", "pat", "bob", "jack", "frank", "harry", "gene", "price", "major", "young",
            "long", "short", "white", "black", "brown", "green", "gray", "grey", "hill", "ford", "lane", "miles",
            "paris", "london", "georgia", "virginia", "austin", "dallas", "houston", "florence", "china", "india",
            "justice", "trinity", "golden", "jewel", "pearl", "marina", "alma", "rosa", "blanca", "rey", "sol", "luz",
            "mai", "mars", "mark", "bay", "dean", "drew", "lou", "kit", "will", "don", "van", "wolf", "fox", "rust",
            "bond", "sterling", "royal", "noble", "gold", "silver", "moon", "ocean", "river", "forest", "meadow",
            "avenue", "street", "cash", "money", "penny", "sonny", "tucker", "porter", "harper", "tanner", "taylor",
            "parker", "booker", "walker", "fisher", "hale", "haven", "jay", "lee", "levi", "neil", "nick", "norman",
            "olive", "pepper", "precious", "reed", "reese", "ryder", "sage", "scout", "shad", "tad", "tom", "wade",
            "can", "baby", "princess", "prince", "royal", "israel", "florida", "kenya", "france", "salvador");

    /** A set from a word list that may repeat a word (the lists are easier to review by language). */
    private static Set<String> words(String... w) {
        return Set.copyOf(java.util.Arrays.asList(w));
    }

    static String key(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        return w.endsWith(".") ? w.substring(0, w.length() - 1) : w;
    }

    /** A digit right before or after the span, across spaces only: "03751 Gerrit Achterberghove 137", "Joaquin Suarez 2906". */
    static boolean nextToNumber(String text, io.veil.model.TextSpan span) {
        int b = span.start() - 1;
        while (b >= 0 && text.charAt(b) == ' ') {
            b--;
        }
        int a = span.end();
        while (a < text.length() && text.charAt(a) == ' ') {
            a++;
        }
        return (b >= 0 && b < span.start() - 1 && Character.isDigit(text.charAt(b)))
                || (a < text.length() && a > span.end() && Character.isDigit(text.charAt(a)));
    }
}
