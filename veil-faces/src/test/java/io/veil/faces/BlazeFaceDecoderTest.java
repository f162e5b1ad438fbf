package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlazeFaceDecoderTest {

    private static final float SILENT = -20f;

    private static float[] silentScores() {
        float[] s = new float[BlazeFaceDecoder.ANCHORS];
        Arrays.fill(s, SILENT);
        return s;
    }

    @Test
    void anchorsFormOneFortyEightByFortyEightGridCentredInTheirCells() {
        assertThat(BlazeFaceDecoder.anchor(0)).containsExactly(0.5 / 48, 0.5 / 48);
        assertThat(BlazeFaceDecoder.anchor(1)).containsExactly(1.5 / 48, 0.5 / 48);
        assertThat(BlazeFaceDecoder.anchor(48)).containsExactly(0.5 / 48, 1.5 / 48);
        assertThat(BlazeFaceDecoder.anchor(2303)).containsExactly(47.5 / 48, 47.5 / 48);
    }

    @Test
    void oneStrongAnchorDecodesToItsOffsetBox() {
        float[] scores = silentScores();
        float[] reg = new float[BlazeFaceDecoder.ANCHORS * 16];
        int anchor = 20 * 48 + 10; // centre (10.5/48, 20.5/48) = (42, 82) input px
        scores[anchor] = 4f;
        reg[anchor * 16] = 6f;       // centre x moves 6 px right
        reg[anchor * 16 + 1] = -2f;  // centre y moves 2 px up
        reg[anchor * 16 + 2] = 40f;  // 40 px wide
        reg[anchor * 16 + 3] = 48f;  // 48 px tall

        List<ScoredBox> boxes = BlazeFaceDecoder.decode(scores, reg, 0.5);

        assertThat(boxes).hasSize(1);
        ScoredBox b = boxes.get(0);
        assertThat(b.x0() * 192).isCloseTo(48 - 20, within(1e-6));
        assertThat(b.x1() * 192).isCloseTo(48 + 20, within(1e-6));
        assertThat(b.y0() * 192).isCloseTo(80 - 24, within(1e-6));
        assertThat(b.y1() * 192).isCloseTo(80 + 24, within(1e-6));
        assertThat(b.score()).isCloseTo(1 / (1 + Math.exp(-4)), within(1e-9));
    }

    @Test
    void anchorsBelowTheThresholdAreDropped() {
        float[] scores = silentScores();
        float[] reg = new float[BlazeFaceDecoder.ANCHORS * 16];
        scores[5] = 0f; // sigmoid 0.5
        reg[5 * 16 + 2] = 10f;
        reg[5 * 16 + 3] = 10f;
        assertThat(BlazeFaceDecoder.decode(scores, reg, 0.6)).isEmpty();
        assertThat(BlazeFaceDecoder.decode(scores, reg, 0.5)).hasSize(1);
    }

    @Test
    void hugeLogitsAreClippedBeforeTheSigmoid() {
        assertThat(BlazeFaceDecoder.sigmoid(1e30)).isEqualTo(BlazeFaceDecoder.sigmoid(100));
        assertThat(BlazeFaceDecoder.sigmoid(-1e30)).isEqualTo(BlazeFaceDecoder.sigmoid(-100)).isGreaterThan(0);
    }
}
