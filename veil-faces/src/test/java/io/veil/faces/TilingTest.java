package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class TilingTest {

    @Test
    void levelZeroIsTheWholeImageLetterboxedToTheModelAspect() {
        Tiling.Window whole = Tiling.plan(400, 300, 1.0, 0, 64, 0.25).get(0);
        assertThat(whole).isEqualTo(new Tiling.Window(0, 0, 400, 400, 0));
        Tiling.Window wide = Tiling.plan(400, 400, 4.0 / 3, 0, 64, 0.25).get(0);
        assertThat(wide).isEqualTo(new Tiling.Window(0, 0, 534, 400, 0));
    }

    @ParameterizedTest
    @CsvSource({"1920, 1080", "400, 300", "301, 400", "5000, 700"})
    void tilesOfEveryLevelCoverEveryPixelWithOverlap(int w, int h) {
        List<Tiling.Window> plan = Tiling.plan(w, h, 1.0, 3, 64, 0.25);
        for (int level = 1; level <= 3; level++) {
            int lv = level;
            List<Tiling.Window> tiles = plan.stream().filter(t -> t.level() == lv).toList();
            if (tiles.isEmpty()) {
                continue;
            }
            for (int y = 0; y < h; y += 7) {
                for (int x = 0; x < w; x += 7) {
                    int px = x, py = y;
                    assertThat(tiles).anyMatch(t -> px >= t.x() && px < t.x() + t.width() && py >= t.y() && py < t.y() + t.height());
                }
            }
        }
    }

    @Test
    void tilesSmallerThanTheMinimumAreNotPlanned() {
        List<Tiling.Window> plan = Tiling.plan(400, 300, 1.0, 3, 64, 0.25);
        assertThat(plan).extracting(Tiling.Window::level).containsOnly(0, 1, 2);
        assertThat(plan).allMatch(t -> t.height() >= 64 || t.level() == 0);
    }

    @Test
    void neighbouringTilesOverlapByAtLeastTheRequestedFraction() {
        int[] xs = Tiling.positions(1000, 250, 0.25);
        assertThat(xs[0]).isZero();
        assertThat(xs[xs.length - 1]).isEqualTo(750);
        for (int i = 1; i < xs.length; i++) {
            assertThat(xs[i] - xs[i - 1]).isLessThanOrEqualTo((int) Math.ceil(250 * 0.75));
        }
    }
}
