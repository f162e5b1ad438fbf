package io.veil.recognize;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.Verdict;
import io.veil.spi.Resolver;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Decides between overlapping text findings of one page. Findings below the threshold go first; then, among
 * overlapping ones, a checksum-{@code VALID} finding beats an unvalidated one, a more specific category beats a
 * less specific one (IBAN &gt; card &gt; national id &gt; e-mail &gt; device id &gt; IP &gt; phone &gt; date of
 * birth &gt; address &gt; name), and a longer span beats a shorter one; exact duplicates collapse into the best of
 * them. So the Luhn-valid runs and phone-like runs inside an IBAN's digits disappear and only the IBAN remains.
 * Findings without a text span (faces) pass through untouched.
 *
 * <p>Immutable and thread-safe.
 * <pre>{@code
 * Resolver r = new OverlapResolver(0.5);
 * List<Finding> kept = r.resolve(allFindingsOfOnePage);
 * }</pre>
 */
public final class OverlapResolver implements Resolver {
    /** The default reporting threshold: weak candidates without context score below it. */
    public static final double DEFAULT_THRESHOLD = 0.5;
    private static final Map<Category, Integer> SPECIFICITY = new EnumMap<>(Map.ofEntries(
            Map.entry(Category.BANK_ACCOUNT, 11), Map.entry(Category.CREDIT_CARD, 10), Map.entry(Category.NATIONAL_ID, 9),
            Map.entry(Category.EMAIL_ADDRESS, 8), Map.entry(Category.DEVICE_ID, 7), Map.entry(Category.IP_ADDRESS, 6),
            Map.entry(Category.PHONE_NUMBER, 5), Map.entry(Category.DATE_OF_BIRTH, 4),
            Map.entry(Category.HEALTH_INFORMATION, 3), Map.entry(Category.PHYSICAL_ADDRESS, 2),
            Map.entry(Category.FULL_NAME, 1), Map.entry(Category.FACE_BIOMETRIC, 0)));
    private static final Comparator<Finding> PRIORITY = Comparator
            .comparingInt((Finding f) -> verdictRank(f.explanation().validation()))
            .thenComparingInt(f -> SPECIFICITY.get(f.category()))
            .thenComparingInt(f -> f.span().length())
            .thenComparingDouble(Finding::confidence)
            .reversed();

    private final double threshold;

    public OverlapResolver(double threshold) {
        if (threshold < 0 || threshold > 1 || Double.isNaN(threshold)) {
            throw new IllegalArgumentException("threshold must be in [0,1]: " + threshold);
        }
        this.threshold = threshold;
    }

    public OverlapResolver() {
        this(DEFAULT_THRESHOLD);
    }

    public double threshold() {
        return threshold;
    }

    @Override
    public List<Finding> resolve(List<Finding> findings) {
        List<Finding> spanless = new ArrayList<>();
        List<Finding> candidates = new ArrayList<>();
        for (Finding f : findings) {
            if (f.span() == null) {
                spanless.add(f);
            } else if (f.confidence() >= threshold) {
                candidates.add(f);
            }
        }
        candidates.sort(PRIORITY);
        List<Finding> kept = new ArrayList<>();
        for (Finding f : candidates) {
            if (kept.stream().noneMatch(k -> k.page() == f.page() && k.span().overlaps(f.span()))) {
                kept.add(f);
            }
        }
        kept.sort(Comparator.comparingInt(Finding::page).thenComparing(Finding::span));
        kept.addAll(spanless);
        return List.copyOf(kept);
    }

    private static int verdictRank(Verdict v) {
        return switch (v) {
            case VALID -> 2;
            case NO_OPINION -> 1;
            case INVALID -> 0;
        };
    }
}
