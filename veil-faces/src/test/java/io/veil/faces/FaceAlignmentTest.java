package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import io.veil.faces.FaceAnonymityCheck.Thresholds;
import io.veil.faces.FaceAnonymityCheck.View;
import io.veil.model.Box;
import org.junit.jupiter.api.Test;

class FaceAlignmentTest {

    private static double[] apply(double[] m, double x, double y) {
        return new double[] {m[0] * x + m[1] * y + m[2], m[3] * x + m[4] * y + m[5]};
    }

    @Test
    void affineFromThreePointsMapsEachOntoItsTarget() {
        double[][] src = {{10, 20}, {40, 22}, {25, 45}}, dst = {{38.3, 51.7}, {73.5, 51.5}, {56.0, 71.7}};

        double[] m = FaceLandmarks.affineFrom(src, dst);

        for (int i = 0; i < 3; i++) {
            assertThat(apply(m, src[i][0], src[i][1])).containsExactly(new double[] {dst[i][0], dst[i][1]}, offset(1e-9));
        }
    }

    @Test
    void collinearLandmarksFallBackToTheBoxView() {
        double[] pts = new double[136];
        for (int i = 0; i < 68; i++) {
            pts[2 * i] = 5 + i;
            pts[2 * i + 1] = 7 + i;
        }
        Box box = new Box(3, 4, 10, 12);

        FaceLandmarks.Alignment a = FaceLandmarks.alignment(pts, box);

        assertThat(a.affine()).containsExactly(FaceLandmarks.Alignment.ofBox(box).affine(), offset(1e-12));
    }

    @Test
    void boxViewStretchesTheBoxOntoTheWholeCrop() {
        Box box = new Box(100, 50, 40, 56);

        double[] m = FaceLandmarks.Alignment.ofBox(box).affine();

        assertThat(apply(m, 100, 50)).containsExactly(new double[] {0, 0}, offset(1e-9));
        assertThat(apply(m, 140, 106)).containsExactly(new double[] {FaceLandmarks.CROP, FaceLandmarks.CROP}, offset(1e-9));
        assertThatThrownBy(() -> FaceLandmarks.Alignment.ofBox(new Box(1, 1, 0, 5))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void thresholdsFollowTheLongerSideOfTheFace() {
        Thresholds t = new Thresholds(new int[] {16, 32}, new double[] {0.9, 0.8, 0.7}, new double[] {0.6, 0.5, 0.4});

        assertThat(t.at(View.LANDMARKS, new Box(0, 0, 15, 10))).isEqualTo(0.9);
        assertThat(t.at(View.LANDMARKS, new Box(0, 0, 10, 16))).isEqualTo(0.8);
        assertThat(t.at(View.BOX, new Box(0, 0, 31, 20))).isEqualTo(0.5);
        assertThat(t.at(View.BOX, new Box(0, 0, 32, 40))).isEqualTo(0.4);
        assertThatThrownBy(() -> new Thresholds(new int[] {16}, new double[] {0.9}, new double[] {0.6, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Thresholds(new int[] {16}, new double[] {0.9, 1.0}, new double[] {0.6, 0.5}))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
