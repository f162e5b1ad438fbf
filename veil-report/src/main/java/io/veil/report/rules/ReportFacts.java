package io.veil.report.rules;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.RiskLevel;
import io.veil.model.ScanResult;
import io.veil.model.Severity;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The facts about one scanned file that every derivation rule reads: counts per category, the worst severity,
 * the risk level, errors, verification and metadata. Computed once per report so that the rules stay small
 * pure functions of these facts.
 *
 * <p>Immutable and thread-safe.
 *
 * <pre>{@code
 * ReportFacts facts = ReportFacts.of(scanResult);
 * if (facts.has(Category.FACE_BIOMETRIC)) { ... }
 * RiskLevel risk = facts.risk();
 * }</pre>
 *
 * @param counts             findings per category, in {@link Category} order; only categories that occur
 * @param total              number of findings
 * @param worstSeverity      the most severe category's severity, empty when there is no finding
 * @param risk               the file's risk level ({@link RiskLevel#of})
 * @param errorStages        the stages that reported an error, sorted
 * @param verified           true when the output was redacted and verification passed
 * @param verificationFailed true when the output was redacted and verification found residual data
 * @param metadataFound      names of the metadata blocks the input carried ({@code exif}, {@code gps})
 */
public record ReportFacts(Map<Category, Integer> counts, int total, Optional<Severity> worstSeverity, RiskLevel risk,
                          Set<String> errorStages, boolean verified, boolean verificationFailed,
                          List<String> metadataFound) {

    public ReportFacts {
        Map<Category, Integer> copy = new EnumMap<>(Category.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        errorStages = Collections.unmodifiableSet(new TreeSet<>(errorStages));
        metadataFound = List.copyOf(metadataFound);
        if (total < 0 || total < counts.values().stream().mapToInt(Integer::intValue).sum()) {
            throw new IllegalArgumentException("total " + total + " is less than the category counts");
        }
        if (verified && verificationFailed) {
            throw new IllegalArgumentException("verification cannot both pass and fail");
        }
    }

    /** The facts of one scan result. */
    public static ReportFacts of(ScanResult result) {
        Map<Category, Integer> counts = new EnumMap<>(Category.class);
        for (Finding f : result.findings()) {
            counts.merge(f.category(), 1, Integer::sum);
        }
        Optional<Severity> worst = counts.keySet().stream().map(Category::severity).max(Enum::compareTo);
        Set<String> stages = new TreeSet<>();
        result.errors().forEach(e -> stages.add(e.stage()));
        boolean verified = result.verification() != null && result.verification().passed();
        boolean failedVerification = result.verification() != null && !result.verification().passed();
        return new ReportFacts(counts, result.findings().size(), worst, RiskLevel.of(result.findings()), stages,
                verified, failedVerification, result.metadataFound());
    }

    public boolean hasFindings() {
        return total > 0;
    }

    public boolean has(Category c) {
        return counts.containsKey(c);
    }

    public int count(Category c) {
        return counts.getOrDefault(c, 0);
    }

    public boolean hasErrors() {
        return !errorStages.isEmpty();
    }

    /** The categories present with the given severity, in {@link Category} order. */
    public List<Category> categoriesOf(Severity s) {
        return counts.keySet().stream().filter(c -> c.severity() == s).toList();
    }

    /** The Art. 9 special categories present, in {@link Category} order. */
    public List<Category> specialCategories() {
        return counts.keySet().stream().filter(Category::specialCategory).toList();
    }

    public boolean specialCategoryPresent() {
        return !specialCategories().isEmpty();
    }

    /** Report ids ({@code "national_id"}) of the categories given, comma separated. */
    public static String ids(List<Category> categories) {
        return String.join(", ", categories.stream().map(Category::id).toList());
    }
}
