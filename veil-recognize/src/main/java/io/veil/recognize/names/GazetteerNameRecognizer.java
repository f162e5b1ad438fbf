package io.veil.recognize.names;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.recognize.ContextScorer;
import io.veil.recognize.names.NameTokens.Token;
import io.veil.spi.NameRecognizer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Person names ({@link Category#FULL_NAME}) by rules and given/family-name gazetteers (en, de, fr, es, it, nl,
 * pl, pt_PT). A run of capitalised words on one line is a name candidate; its score comes from the strongest
 * evidence: an honorific before it ("Dr.", "Frau", "Mme", "Sr.", "Dhr."), a given name followed by a family name,
 * "Surname, Given" order, a label or introduction before it ("Patient:", "Nom :", "my name is"). ALL-CAPS runs
 * (forms) need both names in the gazetteers or a label. First names that are also common words ("May", "Will",
 * "Mark") count as names at the start of a sentence only with more evidence. Runs followed by a company or street
 * word ("Ltd", "Street", "Straße") are not people.
 *
 * <p>Immutable and thread-safe; build it once per process with {@link #load(Path)}.
 * <pre>{@code
 * NameRecognizer names = GazetteerNameRecognizer.load(modelsDir.resolve("names"));
 * names.find("Signed: Maria Rossi", 1);   // one finding, 0.85+
 * }</pre>
 */
public final class GazetteerNameRecognizer implements NameRecognizer {
    private static final int MAX_RUN = 5;
    private static final double HONORIFIC = 0.85;
    private static final double GIVEN_FAMILY = 0.85;
    private static final double SURNAME_COMMA_GIVEN = 0.75;
    private static final double ALL_CAPS_GIVEN_FAMILY = 0.75;
    private static final double GIVEN_OTHER = 0.7;
    private static final double MIDDLE_INITIAL = 0.7;
    private static final double NEXT_TO_NUMBER = 0.3;
    private static final double OTHER_FAMILY = 0.6;
    private static final double GIVEN_ALONE = 0.5;
    private static final double FAMILY_ALONE = 0.4;
    private static final double UNKNOWN = 0.2;
    private static final double UNKNOWN_RUN = 0.3;
    private static final double PERSON_WORD = 0.6;
    private static final ContextScorer CONTEXT = ContextScorer.builder().window(3, 0)
            .raise(0.35, "name", "full name", "first name", "last name", "surname", "given name", "given names",
                    "customer", "customer name", "patient", "patient name", "client", "employee", "applicant",
                    "account holder", "cardholder", "card holder", "holder", "insured", "beneficiary", "signed",
                    "signed by", "signature", "attn", "attention", "contact person", "recipient", "sender",
                    "vorname", "nachname", "familienname", "kunde", "kundin", "patientin", "unterschrift", "inhaber",
                    "nom", "prénom", "nom de famille", "titulaire", "signé", "nombre", "apellido", "apellidos",
                    "paciente", "titular", "firmado", "nome", "cognome", "paziente", "intestatario", "firmato",
                    "naam", "voornaam", "achternaam", "klant", "ondertekend", "imię", "nazwisko", "apelido")
            .raise(0.3, "my name is", "name is", "i am", "i m", "call me", "called", "named", "dear", "hi", "hello",
                    "sincerely", "regards", "mein name ist", "ich heiße", "ich bin", "je m appelle", "je suis",
                    "me llamo", "soy", "mi chiamo", "sono", "ik heet", "ik ben", "nazywam się", "chamo me")
            .build();

    private final NameGazetteer gazetteer;
    private final NameSpread spread;
    private final PersonModel model;

    private GazetteerNameRecognizer(NameGazetteer gazetteer, PersonModel model) {
        this.gazetteer = gazetteer;
        this.model = model;
        this.spread = new NameSpread(gazetteer, id());
    }

    /**
     * Loads the default locales' lists and any other list in {@code namesDir} once; throws EngineException if a
     * default one is missing.
     */
    public static GazetteerNameRecognizer load(Path namesDir) {
        return new GazetteerNameRecognizer(NameGazetteer.loadAll(namesDir), null);
    }

    /**
     * As {@link #load(Path)}, with a statistical tagger's persons as further evidence ({@link NerEvidence}). The
     * recognizer does not own the model: whoever opened it closes it.
     */
    public static GazetteerNameRecognizer load(Path namesDir, PersonModel model) {
        return new GazetteerNameRecognizer(NameGazetteer.loadAll(namesDir), java.util.Objects.requireNonNull(model));
    }

    @Override
    public String id() {
        return model == null ? "names_gazetteer" : "names";
    }

    /** The tagger's version, or empty when the rules and gazetteers work alone. */
    public java.util.Optional<String> modelVersion() {
        return java.util.Optional.ofNullable(model).map(PersonModel::version);
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Token> tokens = NameTokens.of(text);
        List<Finding> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            boolean honorific = isHonorific(text, tokens, i);
            int first = honorific ? i + 1 : i;
            if (!honorific && !startsName(t)) {
                i++;
                continue;
            }
            int last = runEnd(text, tokens, first);
            while (last > first && (!tokens.get(last).capitalised() || tokens.get(last).initial())) {
                last--;
            }
            if (!honorific) {
                // "Contact John Smith": an unknown capitalised word before a given name is not part of the name.
                while (first < last && kind(text, tokens.get(first)) == Kind.UNKNOWN && kind(text, tokens.get(first + 1)) == Kind.GIVEN) {
                    first++;
                }
            }
            int next = last + 1;
            boolean tailInRun = tokens.subList(first + 1, last + 1).stream()
                    .anyMatch(x -> NameWords.NOT_PERSON_TAIL.contains(NameWords.key(x.word())));
            if (tailInRun || (next < tokens.size() && NameTokens.sameLineGap(text, tokens.get(last), tokens.get(next))
                    && NameWords.NOT_PERSON_TAIL.contains(NameWords.key(tokens.get(next).word())))) {
                i = next + 1;
                continue;
            }
            int end = last;
            String rule;
            double base;
            if (honorific) {
                rule = "honorific";
                base = HONORIFIC;
            } else if (first == last && kind(text, tokens.get(first)) == Kind.FAMILY && next < tokens.size()
                    && NameTokens.commaGap(text, tokens.get(first), tokens.get(next)) && kind(text, tokens.get(next)) == Kind.GIVEN
                    && tokens.get(next).capitalised()) {
                end = runEnd(text, tokens, next);
                rule = "surname, given";
                base = SURNAME_COMMA_GIVEN;
            } else {
                List<Token> core = tokens.subList(first, last + 1);
                rule = ruleOf(text, core);
                base = scoreOf(rule);
            }
            int start = honorific ? t.start() : tokens.get(first).start();
            TextSpan span = new TextSpan(start, tokens.get(end).end());
            Explanation e = Explanation.of("name: " + rule, base);
            boolean afterPlaceWord = PersonCues.PLACE_PREPOSITIONS.contains(PersonCues.previousWord(text, start));
            if (!afterPlaceWord || honorific) {
                // "I am in Akureyri": an introduction cue does not reach across a place preposition.
                e = CONTEXT.apply(text, span, e);
            }
            if (!honorific && e.score() < PERSON_WORD && PersonCues.around(text, start, span.end())) {
                e = e.adjusted("next to a person word", PERSON_WORD);
            }
            if (!honorific && NameWords.nextToNumber(text, span)) {
                // "03751 Gerrit Achterberghove 137", "Joaquin Suarez 2906": streets named after people.
                e = e.adjusted("next to a house number", e.score() - NEXT_TO_NUMBER);
            }
            out.add(Finding.inText(Category.FULL_NAME, span.of(text), page, span, id(), e, Map.of()));
            i = end + 1;
        }
        if (model != null) {
            out = NerEvidence.merge(text, tokens, page, out, model.persons(text), id(), gazetteer);
        }
        return spread.apply(text, page, out);
    }

    private enum Kind { GIVEN, FAMILY, UNKNOWN, INITIAL, PARTICLE }

    private Kind kind(String text, Token t) {
        if (t.initial()) {
            return Kind.INITIAL;
        }
        if (!t.capitalised() && NameWords.PARTICLES.contains(t.word())) {
            return Kind.PARTICLE;
        }
        String key = NameWords.key(t.word());
        boolean commonAtStart = NameWords.COMMON_WORD_NAMES.contains(key) && NameTokens.sentenceInitial(text, t);
        if (gazetteer.isGiven(t.word()) && !commonAtStart) {
            return Kind.GIVEN;
        }
        if (gazetteer.isFamily(t.word()) && !commonAtStart) {
            return Kind.FAMILY;
        }
        return Kind.UNKNOWN;
    }

    private String ruleOf(String text, List<Token> core) {
        boolean caps = core.stream().allMatch(Token::allCaps);
        List<Kind> kinds = core.stream().map(t -> kind(text, t)).filter(k -> k != Kind.PARTICLE).toList();
        Kind head = kinds.get(0);
        Kind tail = kinds.get(kinds.size() - 1);
        boolean tailFamily = tail == Kind.FAMILY || gazetteer.isFamily(core.get(core.size() - 1).word());
        if (core.stream().allMatch(t -> NameWords.COMMON_WORD_NAMES.contains(NameWords.key(t.word())))) {
            return kinds.size() == 1 ? "capitalised word" : "capitalised run";
        }
        if (kinds.size() == 1 && caps) {
            return "capitalised word"; // a lone all-capitals word ("MAC", "IBAN") is an acronym more often than a name
        }
        if (kinds.size() == 1) {
            return switch (head) {
                case GIVEN -> "given name alone";
                case FAMILY -> "family name alone";
                default -> "capitalised word";
            };
        }
        boolean givenHead = head == Kind.GIVEN || head == Kind.INITIAL;
        if (caps) {
            return givenHead && tailFamily ? "given+family in capitals" : "capitalised run";
        }
        if (givenHead && tailFamily) {
            return "given+family";
        }
        if (head == Kind.GIVEN && tail != Kind.INITIAL) {
            return "given+capitalised";
        }
        boolean middleInitial = kinds.size() == 3 && head != Kind.INITIAL && kinds.get(1) == Kind.INITIAL && tail != Kind.INITIAL;
        if (middleInitial) {
            return "name with middle initial";
        }
        if (tailFamily) {
            return "capitalised+family";
        }
        return "capitalised run";
    }

    private static double scoreOf(String rule) {
        return switch (rule) {
            case "given+family" -> GIVEN_FAMILY;
            case "given+family in capitals" -> ALL_CAPS_GIVEN_FAMILY;
            case "given+capitalised" -> GIVEN_OTHER;
            case "name with middle initial" -> MIDDLE_INITIAL;
            case "capitalised+family" -> OTHER_FAMILY;
            case "given name alone" -> GIVEN_ALONE;
            case "family name alone" -> FAMILY_ALONE;
            case "capitalised run" -> UNKNOWN_RUN;
            default -> UNKNOWN;
        };
    }

    /** A capitalised word that could open a name (an initial only when a word follows). */
    private static boolean startsName(Token t) {
        return t.capitalised() && (t.word().length() > 1 || t.dotted())
                && !NameWords.STOP.contains(NameWords.key(t.word()));
    }

    private static boolean isHonorific(String text, List<Token> tokens, int i) {
        Token t = tokens.get(i);
        if (!(t.capitalised() || t.dotted()) || !NameWords.HONORIFICS.contains(NameWords.key(t.word())) || i + 1 >= tokens.size()
                || (t.word().length() == 1 && !t.dotted())) {
            return false;
        }
        Token n = tokens.get(i + 1);
        if (!n.capitalised() && NameWords.PARTICLES.contains(n.word()) && i + 2 < tokens.size()
                && NameTokens.sameLineGap(text, t, n) && NameTokens.sameLineGap(text, n, tokens.get(i + 2))) {
            n = tokens.get(i + 2); // "M. de Lanessan", "Herr von Weizsäcker"
        }
        // "M." is also an initial: only an honorific when the run does not continue one ("Richard M. Nixon").
        return n.capitalised() && n.word().length() > 1 && (NameTokens.sameLineGap(text, t, n) || tokens.get(i + 1) != n)
                && !NameWords.STOP.contains(NameWords.key(n.word()));
    }

    /** The index of the last token of the capitalised run starting at {@code first}. */
    private static int runEnd(String text, List<Token> tokens, int first) {
        boolean caps = tokens.get(first).allCaps();
        int last = first;
        int count = 1;
        for (int j = first + 1; j < tokens.size() && count < MAX_RUN; j++) {
            Token prev = tokens.get(j - 1);
            Token t = tokens.get(j);
            if (!NameTokens.sameLineGap(text, prev, t) || (prev.dotted() && !prev.initial() && !isShortHonorific(prev))) {
                break;
            }
            boolean particle = !t.capitalised() && NameWords.PARTICLES.contains(t.word()) && !caps;
            boolean initial = t.initial() && (t.dotted() || !NameWords.STOP.contains(NameWords.key(t.word())));
            boolean part = initial || particle
                    || (t.capitalised() && t.word().length() > 1 && !NameWords.STOP.contains(NameWords.key(t.word()))
                    && t.allCaps() == caps);
            if (!part) {
                break;
            }
            last = j;
            count++;
        }
        return last;
    }

    private static boolean isShortHonorific(Token t) {
        return NameWords.HONORIFICS.contains(NameWords.key(t.word()));
    }
}
