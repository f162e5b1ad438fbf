package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Explanation;
import io.veil.model.TextSpan;
import org.junit.jupiter.api.Test;

class ContextScorerTest {
    private final ContextScorer ctx = ContextScorer.builder().raise(0.3, "iban", "bank account").lower(0.4, "order no").build();

    private Explanation scored(String text, String value) {
        int start = text.indexOf(value);
        return ctx.apply(text, new TextSpan(start, start + value.length()), Explanation.of("test", 0.5));
    }

    @Test
    void raisingWordBeforeTheValueRaisesTheScoreAndIsExplained() {
        Explanation e = scored("Your bank account: 12345", "12345");
        assertThat(e.score()).isEqualTo(0.8, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(e.contextWords()).containsExactly("bank account");
    }

    @Test
    void loweringWordLowersTheScore() {
        assertThat(scored("Order No. 12345", "12345").score()).isEqualTo(0.1, org.assertj.core.data.Offset.offset(1e-9));
    }

    @Test
    void theNearestCueWins() {
        Explanation e = scored("order no 7 and then IBAN 12345", "12345");
        assertThat(e.contextWords()).containsExactly("iban");
    }

    @Test
    void wordsFarBeforeTheValueDoNotCount() {
        assertThat(scored("IBAN one two three four five six seven 12345", "12345").contextWords()).isEmpty();
    }

    @Test
    void partOfAWordIsNotACue() {
        assertThat(scored("Ibanez guitars 12345", "12345").contextWords()).isEmpty();
    }

    @Test
    void zeroDeltaIsRefused() {
        assertThatThrownBy(() -> new ContextScorer.Cue("x", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
