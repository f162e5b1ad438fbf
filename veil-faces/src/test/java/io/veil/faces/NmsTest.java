package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class NmsTest {

    @Test
    void overlappingDuplicatesMergeIntoTheirScoreWeightedMean() {
        List<ScoredBox> merged = Nms.weighted(List.of(
                new ScoredBox(100, 100, 200, 200, 0.9),
                new ScoredBox(110, 110, 210, 210, 0.3)), 0.3, 0.7);

        assertThat(merged).hasSize(1);
        ScoredBox m = merged.get(0);
        assertThat(m.score()).isEqualTo(0.9);
        assertThat(m.x0()).isCloseTo((0.9 * 100 + 0.3 * 110) / 1.2, within(1e-9));
        assertThat(m.y1()).isCloseTo((0.9 * 200 + 0.3 * 210) / 1.2, within(1e-9));
    }

    @Test
    void distantBoxesStaySeparate() {
        List<ScoredBox> merged = Nms.weighted(List.of(
                new ScoredBox(0, 0, 50, 50, 0.8),
                new ScoredBox(300, 300, 350, 350, 0.7),
                new ScoredBox(60, 0, 110, 50, 0.6)), 0.3, 0.7);

        assertThat(merged).hasSize(3);
        assertThat(merged).extracting(ScoredBox::score).containsExactly(0.8, 0.7, 0.6);
    }

    @Test
    void aWeakerFragmentLyingInsideAFaceIsAbsorbedIntoIt() {
        List<ScoredBox> merged = Nms.weighted(List.of(
                new ScoredBox(100, 100, 200, 200, 0.9),
                new ScoredBox(100, 100, 125, 200, 0.8)), 0.3, 0.7);

        assertThat(merged).hasSize(1);
        assertThat(merged.get(0).width()).isCloseTo(100, within(1e-9));
    }
}
