package io.veil.recognize.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.recognize.Recognizers;
import io.veil.spi.Recognizer;
import io.veil.spi.Resolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Measures the text recognizers on the labelled sets of {@code eval-dev}: precision and recall on spans per
 * claimed entity type ({@link EntityMapping}), after the resolver, exactly as the pipeline reports them.
 *
 * <ul>
 *   <li>{@code presidio_recognizer_tests/recognizer_cases.jsonl}: Presidio's recognizer unit-test cases. Cases
 *       that configure a phone leniency other than VALID test another setting and are skipped; positive cases
 *       without span positions ({@code spans_complete=false}) are skipped; each is counted in the notes.</li>
 *   <li>{@code presidio_research_synthetic/*.json}: synthetic sentences; every sentence counts for every
 *       entity, so a detection in a sentence without that entity is a false positive.</li>
 *   <li>{@code europeana_ner_de_fr/*.jsonl}: person names in OCR of old German and French newspapers.</li>
 * </ul>
 * Stateless apart from the engines it is given; thread-safe if they are.
 * <pre>{@code
 * RecognizerEval eval = new RecognizerEval(Recognizers.defaults(models), Recognizers.defaultResolver());
 * System.out.println(eval.recognizerTests(evalDev.resolve("presidio_recognizer_tests")).table());
 * }</pre>
 */
public final class RecognizerEval {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int VALID_LENIENCY = 1;

    private final List<Recognizer> recognizers;
    private final Resolver resolver;

    public RecognizerEval(List<Recognizer> recognizers, Resolver resolver) {
        this.recognizers = List.copyOf(recognizers);
        this.resolver = resolver;
    }

    /** Per-entity scores of one set, and what was skipped. */
    public record Result(String set, Map<String, SpanScore> scores, List<String> notes) {
        public Result {
            scores = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(scores));
            notes = List.copyOf(notes);
        }

        /** A printable table, one row per entity type. */
        public String table() {
            StringBuilder b = new StringBuilder(set).append('\n').append(SpanScore.header()).append('\n');
            scores.values().forEach(s -> b.append(s.row()).append('\n'));
            notes.forEach(n -> b.append("  note: ").append(n).append('\n'));
            return b.toString();
        }
    }

    public Result recognizerTests(Path dir) throws IOException {
        Map<String, SpanScore> scores = scoresFor(EntityMapping.rows());
        scores.remove("STREET_ADDRESS"); // Presidio has no address recognizer, so no cases
        int otherLeniency = 0;
        int incomplete = 0;
        for (String line : Files.readAllLines(dir.resolve("recognizer_cases.jsonl"), StandardCharsets.UTF_8)) {
            if (line.isBlank()) {
                continue;
            }
            JsonNode c = JSON.readTree(line);
            String entity = c.path("entity_type").asText();
            if (!scores.containsKey(entity)) {
                continue;
            }
            JsonNode leniency = c.path("recognizer_params").path("leniency");
            if (!leniency.isMissingNode() && leniency.asInt() != VALID_LENIENCY) {
                otherLeniency++;
                continue;
            }
            if (c.path("expected_count").asInt() > 0 && !c.path("spans_complete").asBoolean(true)) {
                incomplete++;
                continue;
            }
            String text = c.path("text").asText();
            List<TextSpan> gold = new ArrayList<>();
            c.path("expected_spans").forEach(s -> gold.add(new TextSpan(s.path("start").asInt(), s.path("end").asInt())));
            scores.get(entity).add(gold, detect(text, EntityMapping.CLAIMED.get(entity)));
        }
        scores.put("ALL (micro)", SpanScore.total("ALL (micro)", List.copyOf(scores.values())));
        return new Result("presidio_recognizer_tests", scores, List.of(
                "neg clean: negative cases (no value expected) in which nothing of the category was reported",
                otherLeniency + " phone cases skipped: they configure a leniency other than VALID",
                incomplete + " positive cases skipped: no span positions upstream",
                "DATE_TIME and the national ids not listed are not claimed (see EntityMapping)"));
    }

    public Result synthetic(Path dir) throws IOException {
        Map<String, SpanScore> scores = scoresFor(EntityMapping.rows());
        scores.remove("MAC_ADDRESS");
        EntityMapping.RECOGNIZER_CASES_ONLY.forEach(scores::remove);
        int sentences = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode sample : JSON.readTree(f.toFile())) {
                    sentences++;
                    String text = sample.path("full_text").asText();
                    List<Finding> found = findings(text);
                    for (Map.Entry<String, SpanScore> e : scores.entrySet()) {
                        List<TextSpan> gold = new ArrayList<>();
                        for (JsonNode s : sample.path("spans")) {
                            if (EntityMapping.canonical(s.path("entity_type").asText()).equals(e.getKey())) {
                                gold.add(new TextSpan(s.path("start_position").asInt(), s.path("end_position").asInt()));
                            }
                        }
                        e.getValue().add(gold, spansOf(found, text, EntityMapping.CLAIMED.get(e.getKey())));
                    }
                }
            }
        }
        scores.put("ALL (micro)", SpanScore.total("ALL (micro)", List.copyOf(scores.values())));
        return new Result("presidio_research_synthetic", scores, List.of(sentences + " sentences",
                "ALL (micro): every claimed entity's spans pooled, so the overall F2 weighs each type by its number of spans",
                "neg clean: sentences without the entity in which none was reported"));
    }

    /**
     * Person names in noisy OCR of German and French newspapers: one row per file, PER spans only (places and
     * organisations are not personal data by themselves). Each chunk is scanned as a page of its own.
     */
    public Result europeana(Path dir) throws IOException {
        Map<String, SpanScore> scores = new LinkedHashMap<>();
        SpanScore all = new SpanScore("PER, all");
        int chunks = 0;
        try (var files = Files.list(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".jsonl")).sorted().toList()) {
                String name = f.getFileName().toString().replace(".jsonl", "");
                SpanScore score = scores.computeIfAbsent("PER " + name, SpanScore::new);
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) {
                        continue;
                    }
                    chunks++;
                    JsonNode c = JSON.readTree(line);
                    String text = c.path("text").asText();
                    List<TextSpan> gold = new ArrayList<>();
                    for (JsonNode s : c.path("spans")) {
                        if (s.path("label").asText().equals("PER")) {
                            gold.add(new TextSpan(s.path("start").asInt(), s.path("end").asInt()));
                        }
                    }
                    List<TextSpan> found = detect(text, Category.FULL_NAME);
                    score.add(gold, found);
                    all.add(gold, found);
                }
            }
        }
        scores.put(all.entity(), all);
        return new Result("europeana_ner_de_fr", scores, List.of(chunks + " chunks; upstream warns the OCR is noisy and "
                + "the labels not a clean gold standard, so precision here is indicative only"));
    }

    private static Map<String, SpanScore> scoresFor(Iterable<String> entities) {
        Map<String, SpanScore> m = new LinkedHashMap<>();
        entities.forEach(e -> m.put(e, new SpanScore(e)));
        return m;
    }

    private List<TextSpan> detect(String text, Category category) {
        return spansOf(findings(text), text, category);
    }

    private List<Finding> findings(String text) {
        List<Finding> all = new ArrayList<>();
        for (Recognizer r : recognizers) {
            all.addAll(r.find(text, 1));
        }
        return resolver.resolve(all);
    }

    private static List<TextSpan> spansOf(List<Finding> findings, String text, Category category) {
        return findings.stream().filter(f -> f.category() == category && f.span() != null)
                .map(f -> f.span().toCodePoints(text)).toList();
    }

    /** {@code RecognizerEval <evalDev> <modelsDir>}: prints both sets' tables. */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: RecognizerEval <eval-dev folder> <models folder>");
            System.exit(2);
        }
        Path evalDev = Path.of(args[0]);
        RecognizerEval eval = new RecognizerEval(Recognizers.defaults(Path.of(args[1])), Recognizers.defaultResolver());
        System.out.println(eval.recognizerTests(evalDev.resolve("presidio_recognizer_tests")).table());
        System.out.println(eval.synthetic(evalDev.resolve("presidio_research_synthetic")).table());
        System.out.println(eval.europeana(evalDev.resolve("europeana_ner_de_fr")).table());
    }
}
