package io.veil.model;

import java.util.ArrayList;
import java.util.List;

/**
 * Why a finding was reported: the pattern or model that proposed it, what its validator said, the context
 * words that moved its score, and every score step in order. A changed score is a new explanation with one
 * more step (never an in-place {@code score += x}).
 *
 * <pre>{@code
 * Explanation e = Explanation.of("iban", 0.6).validated(Verdict.VALID, "mod-97", 0.95).context("IBAN", 0.05);
 * double score = e.score();   // 1.0 (capped)
 * }</pre>
 */
public record Explanation(String pattern, Verdict validation, List<String> contextWords, List<Step> steps) {

    /** One change of score and the reason for it; {@code score} is the score after the step. */
    public record Step(String reason, double score) {
        public Step {
            if (score < 0 || score > 1 || Double.isNaN(score)) {
                throw new IllegalArgumentException("score must be in [0,1]: " + score);
            }
        }
    }

    public Explanation {
        contextWords = List.copyOf(contextWords);
        steps = List.copyOf(steps);
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("an explanation needs at least its base score");
        }
    }

    /** The base explanation: {@code pattern} (a recognizer pattern or model id) proposed it at {@code score}. */
    public static Explanation of(String pattern, double score) {
        return new Explanation(pattern, Verdict.NO_OPINION, List.of(), List.of(new Step("matched " + pattern, clamp(score))));
    }

    public double score() {
        return steps.get(steps.size() - 1).score();
    }

    /** A validator's verdict; the score becomes {@code newScore}. */
    public Explanation validated(Verdict verdict, String validator, double newScore) {
        return new Explanation(pattern, verdict, contextWords, append(validator + " " + verdict.id(), newScore));
    }

    /** A context word seen near the value moved the score by {@code delta} (capped to [0,1]). */
    public Explanation context(String word, double delta) {
        List<String> words = new ArrayList<>(contextWords);
        words.add(word);
        String reason = "context '" + word + "' " + (delta >= 0 ? "+" : "") + String.format(java.util.Locale.ROOT, "%.2f", delta);
        return new Explanation(pattern, validation, words, append(reason, score() + delta));
    }

    /** Any other adjustment, with its reason. */
    public Explanation adjusted(String reason, double newScore) {
        return new Explanation(pattern, validation, contextWords, append(reason, newScore));
    }

    private List<Step> append(String reason, double score) {
        List<Step> s = new ArrayList<>(steps);
        s.add(new Step(reason, clamp(score)));
        return s;
    }

    private static double clamp(double s) {
        return Math.max(0, Math.min(1, s));
    }
}
