package io.veil.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RiskLevelTest {

    private static Finding finding(Category c) {
        return Finding.inText(c, "x", 1, new TextSpan(0, 1), "test", Explanation.of("test", 0.9), Map.of());
    }

    @Test
    void noFindingIsNoRisk() {
        assertThat(RiskLevel.of(List.of())).isEqualTo(RiskLevel.NONE);
    }

    @Test
    void oneFindingTakesItsSeverity() {
        assertThat(RiskLevel.of(List.of(finding(Category.PHONE_NUMBER)))).isEqualTo(RiskLevel.MEDIUM);
        assertThat(RiskLevel.of(List.of(finding(Category.CREDIT_CARD)))).isEqualTo(RiskLevel.CRITICAL);
    }

    @Test
    void manyFindingsRaiseTheLevelOneStep() {
        List<Finding> many = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            many.add(finding(Category.PHONE_NUMBER));
        }
        assertThat(RiskLevel.of(many)).isEqualTo(RiskLevel.HIGH);
    }
}
