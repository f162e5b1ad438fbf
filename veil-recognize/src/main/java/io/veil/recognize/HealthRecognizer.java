package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.spi.Recognizer;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Health data (GDPR Art. 9, {@link Category#HEALTH_INFORMATION}, attribute {@code health_type}): ICD-10 codes,
 * diagnoses and medication names, in English, German, French, Spanish, Italian and Dutch. Health words double as
 * ordinary words ("depression" in economics, "stroke" in swimming, a code "F32" on a form), so nothing is
 * reported without a medical context nearby: a word such as "patient", "diagnosed", "Befund", "ordonnance",
 * "receta", "ricetta", "voorgeschreven", or a dose ("500 mg"). An ICD-10 code needs its own cue ("ICD-10",
 * "CIM-10", "diagnosis") or a decimal part and a medical word. Vocabulary: {@code health/conditions.txt} and
 * {@code health/medications.txt} (curated, substances only); medication names match across languages by their
 * stem (Metformin, metformine, metformina).
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * new HealthRecognizer().find("Patient was prescribed metformin 500 mg for type 2 diabetes.", 1);   // two findings
 * new HealthRecognizer().find("The depression of 1929 hit farmers hard.", 1);                       // none
 * }</pre>
 */
public final class HealthRecognizer implements Recognizer {

    enum Kind { CONDITION, MEDICATION }

    private static final int MAX_PHRASE_WORDS = 4;
    private static final double BASE = 0.3;
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’-][\\p{L}\\p{N}]+)*");
    private static final Pattern ICD10 = Pattern.compile("(?<![\\p{L}\\p{N}.])[A-TV-Z]\\d{2}(?:\\.\\d{1,2}[A-Z0-9]?)?(?![\\p{L}\\p{N}])");

    private static final ContextScorer MEDICAL = ContextScorer.builder().window(12, 8)
            .raise(0.45, "patient", "patients", "diagnosed", "diagnosis", "diagnoses", "prescribed", "prescription",
                    "medication", "medications", "treatment", "treated", "therapy", "suffers", "suffering", "symptoms",
                    "admitted", "hospital", "clinic", "doctor", "physician", "gp", "dose", "tablets", "history of",
                    "medical", "sick leave", "mg", "mcg", "µg", "ml", "iu",
                    "patientin", "diagnostiziert", "diagnose", "diagnosen", "hauptdiagnose", "nebendiagnose", "befund", "verordnet", "verordnung", "medikation",
                    "medikament", "medikamente", "behandlung", "behandelt", "therapie", "leidet", "krankenhaus", "klinik",
                    "arzt", "ärztin", "hausarzt", "krankgeschrieben", "arbeitsunfähigkeit", "anamnese", "vorerkrankung",
                    "vorerkrankungen", "dosis", "tabletten",
                    "patiente", "diagnostiqué", "diagnostiquée", "diagnostic", "ordonnance", "prescrit", "prescrite",
                    "traitement", "traité", "traitée", "thérapie", "souffre", "hôpital", "clinique", "médecin",
                    "arrêt maladie", "antécédents", "posologie", "comprimés",
                    "paciente", "diagnosticado", "diagnosticada", "diagnóstico", "receta", "prescrito", "tratamiento",
                    "tratado", "tratada", "terapia", "padece", "sufre", "clínica", "médico", "baja médica",
                    "antecedentes", "comprimidos",
                    "paziente", "diagnosticato", "diagnosticata", "diagnosi", "ricetta", "prescritto", "trattamento",
                    "soffre", "ospedale", "clinica", "malattia", "anamnesi", "compresse",
                    "patiënt", "gediagnosticeerd", "recept", "voorgeschreven", "behandeling", "lijdt",
                    "ziekenhuis", "kliniek", "huisarts", "ziekteverlof", "medicatie")
            .build();
    private static final ContextScorer ICD_CUES = ContextScorer.builder().window(6, 3)
            .raise(0.45, "icd", "icd 10", "icd10", "icd 10 gm", "cim 10", "cie 10", "icd 10 cm", "diagnosis code",
                    "dx", "diagnosis", "diagnose", "diagnostic", "diagnóstico", "diagnosi", "hauptdiagnose",
                    "nebendiagnose", "code diagnostic")
            .build();

    private final Map<String, Kind> phrases;

    /** The built-in vocabulary. */
    public HealthRecognizer() {
        Map<String, Kind> p = new HashMap<>();
        load("health/conditions.txt", l -> p.put(phraseKey(l), Kind.CONDITION));
        load("health/medications.txt", l -> p.put(stem(normalise(l)), Kind.MEDICATION));
        this.phrases = Map.copyOf(p);
    }

    @Override
    public String id() {
        return "health";
    }

    @Override
    public List<Finding> find(String text, int page) {
        List<Finding> out = new ArrayList<>();
        vocabulary(text, page, out);
        codes(text, page, out);
        return out;
    }

    private void vocabulary(String text, int page, List<Finding> out) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(new int[] {m.start(), m.end()});
        }
        for (int i = 0; i < words.size(); i++) {
            int matched = 0;
            Kind kind = null;
            StringBuilder key = new StringBuilder();
            for (int n = 1; n <= MAX_PHRASE_WORDS && i + n <= words.size(); n++) {
                int[] w = words.get(i + n - 1);
                if (n > 1 && !text.substring(words.get(i + n - 2)[1], w[0]).isBlank()) {
                    break;
                }
                key.append(n > 1 ? " " : "").append(normalise(text.substring(w[0], w[1])));
                Kind k = phrases.get(key.toString());
                if (k == null && n == 1) {
                    k = phrases.get(stem(key.toString())) == Kind.MEDICATION ? Kind.MEDICATION : null;
                }
                if (k != null) {
                    matched = n;
                    kind = k;
                }
            }
            if (matched == 0) {
                continue;
            }
            int start = words.get(i)[0], end = words.get(i + matched - 1)[1];
            Explanation e = MEDICAL.apply(text, new TextSpan(start, end), Explanation.of("health_" + kind.name().toLowerCase(Locale.ROOT), BASE));
            if (e.score() > BASE) {
                out.add(Findings.of(Category.HEALTH_INFORMATION, text, page, start, end, id(), e,
                        Map.of("health_type", kind.name().toLowerCase(Locale.ROOT))));
            }
            i += matched - 1;
        }
    }

    private void codes(String text, int page, List<Finding> out) {
        Matcher m = ICD10.matcher(text);
        while (m.find()) {
            TextSpan span = new TextSpan(m.start(), m.end());
            Explanation e = Explanation.of("icd10", BASE);
            Explanation own = ICD_CUES.apply(text, span, e);
            if (own.score() > BASE) {
                e = own;
            } else if (m.group().contains(".")) {
                e = MEDICAL.apply(text, span, e);
            }
            if (e.score() > BASE) {
                out.add(Findings.of(Category.HEALTH_INFORMATION, text, page, m.start(), m.end(), id(), e, Map.of("health_type", "icd10")));
            }
        }
    }

    /** Lower case without accents. */
    static String normalise(String word) {
        String d = Normalizer.normalize(word, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
        return d.toLowerCase(Locale.ROOT).replace('’', '\'');
    }

    /** The language-neutral stem of a substance name: a final -um, -e, -a or -o dropped. */
    static String stem(String w) {
        if (w.length() > 5 && w.endsWith("um")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.length() > 5 && (w.endsWith("e") || w.endsWith("a") || w.endsWith("o"))) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static String phraseKey(String line) {
        return String.join(" ", normalise(line).split("\\s+"));
    }

    private static void load(String resource, java.util.function.Consumer<String> into) {
        try (InputStream in = Optional.ofNullable(HealthRecognizer.class.getResourceAsStream(resource))
                .orElseThrow(() -> new IllegalStateException("missing resource " + resource));
             BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            r.lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#")).forEach(into);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
