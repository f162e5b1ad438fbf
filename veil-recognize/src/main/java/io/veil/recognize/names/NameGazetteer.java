package io.veil.recognize.names;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.spi.EngineException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Given and family names from the per-locale lists in {@code <models>/names/<locale>.json}
 * ({@code {"locale", "given": [...], "family": [...]}}), compared case-insensitively. Immutable after loading.
 */
record NameGazetteer(Set<String> given, Set<String> family) {
    /** The locales Veil loads by default: its OCR languages plus Polish and Portuguese. */
    static final List<String> LOCALES = List.of("en", "de", "fr", "es", "it", "nl", "pl", "pt_PT");

    NameGazetteer {
        given = Set.copyOf(given);
        family = Set.copyOf(family);
    }

    /**
     * The default locales, which must be present, plus every other {@code <locale>.json} in {@code namesDir}: a
     * list added by the model fetcher (more name origins) is used without a code change.
     */
    static NameGazetteer loadAll(Path namesDir) {
        java.util.Set<String> locales = new java.util.LinkedHashSet<>(LOCALES);
        try (var files = Files.list(namesDir)) {
            files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".json")).sorted()
                    .forEach(n -> locales.add(n.substring(0, n.length() - ".json".length())));
        } catch (IOException e) {
            throw new EngineException("cannot list name lists in " + namesDir, e);
        }
        return load(namesDir, List.copyOf(locales));
    }

    static NameGazetteer load(Path namesDir, List<String> locales) {
        ObjectMapper json = new ObjectMapper();
        Set<String> given = new HashSet<>();
        Set<String> family = new HashSet<>();
        for (String locale : locales) {
            Path file = namesDir.resolve(locale + ".json");
            if (!Files.isRegularFile(file)) {
                throw new EngineException("name list missing: " + file + " (run scripts/fetch-models.sh)");
            }
            try {
                JsonNode root = json.readTree(file.toFile());
                root.path("given").forEach(n -> add(given, n.asText()));
                root.path("family").forEach(n -> add(family, n.asText()));
            } catch (IOException e) {
                throw new EngineException("cannot read name list " + file, e);
            }
        }
        return new NameGazetteer(given, family);
    }

    private static void add(Set<String> set, String name) {
        // Multi-word entries ("De la Cruz") are matched by their parts; one-letter entries would match initials.
        for (String part : name.split("[\\s]+")) {
            if (part.length() > 1) {
                set.add(part.toLowerCase(Locale.ROOT));
            }
        }
    }

    boolean isGiven(String word) {
        return given.contains(word.toLowerCase(Locale.ROOT));
    }

    boolean isFamily(String word) {
        return family.contains(word.toLowerCase(Locale.ROOT));
    }
}
