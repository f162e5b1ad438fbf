package io.veil.recognize.eval;

import io.veil.model.TextSpan;
import java.util.List;
import java.util.Locale;

/**
 * Counts for one entity type: a gold span is found when detected spans cover at least 90% of its characters;
 * a detection is a true positive when it overlaps a gold span, else a false positive. A text without gold spans is
 * a negative case, clean when nothing of the category is detected in it. Not thread-safe.
 */
public final class SpanScore {
    static final double COVERAGE = 0.9;

    private final String entity;
    private int cases;
    private int gold;
    private int found;
    private int detected;
    private int falsePositives;
    private int negatives;
    private int cleanNegatives;

    SpanScore(String entity) {
        this.entity = entity;
    }

    /** The sum of {@code parts}, under {@code entity}: micro-averaged precision and recall over all of them. */
    static SpanScore total(String entity, java.util.Collection<SpanScore> parts) {
        SpanScore t = new SpanScore(entity);
        for (SpanScore p : parts) {
            t.cases = Math.max(t.cases, p.cases);
            t.gold += p.gold;
            t.found += p.found;
            t.detected += p.detected;
            t.falsePositives += p.falsePositives;
            t.negatives += p.negatives;
            t.cleanNegatives += p.cleanNegatives;
        }
        return t;
    }

    /** Adds one text: its gold spans and the detected spans of the compatible category, both in code points. */
    void add(List<TextSpan> goldSpans, List<TextSpan> detections) {
        cases++;
        gold += goldSpans.size();
        if (goldSpans.isEmpty()) {
            negatives++;
            cleanNegatives += detections.isEmpty() ? 1 : 0;
        }
        for (TextSpan g : goldSpans) {
            if (covered(g, detections) >= COVERAGE * g.length()) {
                found++;
            }
        }
        detected += detections.size();
        for (TextSpan d : detections) {
            if (goldSpans.stream().noneMatch(g -> g.overlaps(d))) {
                falsePositives++;
            }
        }
    }

    private static int covered(TextSpan g, List<TextSpan> detections) {
        int n = 0;
        for (int i = g.start(); i < g.end(); i++) {
            int at = i;
            if (detections.stream().anyMatch(d -> d.start() <= at && at < d.end())) {
                n++;
            }
        }
        return n;
    }

    public String entity() {
        return entity;
    }

    public int gold() {
        return gold;
    }

    public double recall() {
        return gold == 0 ? 1.0 : (double) found / gold;
    }

    public double precision() {
        return detected == 0 ? 1.0 : (double) (detected - falsePositives) / detected;
    }

    /** Share of the negative cases in which nothing was reported (1 without negative cases). */
    public double cleanNegativeShare() {
        return negatives == 0 ? 1.0 : (double) cleanNegatives / negatives;
    }

    public int negatives() {
        return negatives;
    }

    public double fBeta(double beta) {
        double p = precision();
        double r = recall();
        double b2 = beta * beta;
        return p + r == 0 ? 0 : (1 + b2) * p * r / (b2 * p + r);
    }

    static String header() {
        return String.format(Locale.ROOT, "%-15s %6s %6s %6s %6s %5s %9s %7s %6s %6s %12s",
                "entity", "cases", "gold", "found", "detect", "fp", "precision", "recall", "F1", "F2", "neg clean");
    }

    String row() {
        String neg = negatives == 0 ? "-" : String.format(Locale.ROOT, "%d/%d", cleanNegatives, negatives);
        return String.format(Locale.ROOT, "%-15s %6d %6d %6d %6d %5d %9.3f %7.3f %6.3f %6.3f %12s",
                entity, cases, gold, found, detected, falsePositives, precision(), recall(), fBeta(1), fBeta(2), neg);
    }
}
