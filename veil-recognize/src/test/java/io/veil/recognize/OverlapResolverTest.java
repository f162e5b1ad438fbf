package io.veil.recognize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.model.Verdict;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OverlapResolverTest {
    private final OverlapResolver resolver = new OverlapResolver(0.5);

    private static Finding f(Category c, int start, int end, double score, Verdict v) {
        Explanation e = Explanation.of("test", score);
        if (v != Verdict.NO_OPINION) {
            e = e.validated(v, "test", score);
        }
        return Finding.inText(c, "x".repeat(end - start), 1, new TextSpan(start, end), "test", e, Map.of());
    }

    @Test
    void validFindingBeatsAnUnvalidatedLongerOne() {
        Finding card = f(Category.CREDIT_CARD, 0, 16, 0.9, Verdict.VALID);
        Finding name = f(Category.FULL_NAME, 0, 20, 0.9, Verdict.NO_OPINION);
        assertThat(resolver.resolve(List.of(name, card))).containsExactly(card);
    }

    @Test
    void moreSpecificCategoryWinsAmongValidOnes() {
        Finding iban = f(Category.BANK_ACCOUNT, 0, 27, 0.95, Verdict.VALID);
        Finding card = f(Category.CREDIT_CARD, 5, 21, 0.9, Verdict.VALID);
        Finding phone = f(Category.PHONE_NUMBER, 10, 20, 0.65, Verdict.VALID);
        assertThat(resolver.resolve(List.of(card, phone, iban))).containsExactly(iban);
    }

    @Test
    void longerSpanWinsWithinOneCategory() {
        Finding v6 = f(Category.IP_ADDRESS, 0, 16, 0.7, Verdict.VALID);
        Finding v4 = f(Category.IP_ADDRESS, 7, 16, 0.7, Verdict.VALID);
        assertThat(resolver.resolve(List.of(v4, v6))).containsExactly(v6);
    }

    @Test
    void exactDuplicatesCollapseIntoTheBestScored() {
        Finding weak = f(Category.PHONE_NUMBER, 3, 13, 0.6, Verdict.VALID);
        Finding strong = f(Category.PHONE_NUMBER, 3, 13, 0.9, Verdict.VALID);
        assertThat(resolver.resolve(List.of(weak, strong))).containsExactly(strong);
    }

    @Test
    void findingsBelowTheThresholdAreDropped() {
        assertThat(resolver.resolve(List.of(f(Category.FULL_NAME, 0, 5, 0.45, Verdict.NO_OPINION)))).isEmpty();
    }

    @Test
    void separateFindingsAreAllKeptInTextOrder() {
        Finding b = f(Category.EMAIL_ADDRESS, 20, 30, 0.9, Verdict.VALID);
        Finding a = f(Category.FULL_NAME, 0, 10, 0.8, Verdict.NO_OPINION);
        assertThat(resolver.resolve(List.of(b, a))).containsExactly(a, b);
    }

    @Test
    void thresholdOutsideZeroToOneIsRefused() {
        assertThatThrownBy(() -> new OverlapResolver(1.5)).isInstanceOf(IllegalArgumentException.class);
    }
}
