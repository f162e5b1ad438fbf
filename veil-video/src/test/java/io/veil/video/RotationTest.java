package io.veil.video;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RotationTest {

    @ParameterizedTest(name = "display rotation {0} needs a clockwise turn of {1}")
    @CsvSource({"0, 0", "-90, 90", "90, 270", "180, 180", "-180, 180", "270, 90", "-89.9, 90", "NaN, 0"})
    void displayRotationBecomesAClockwiseQuarterTurn(double display, int clockwise) {
        assertThat(Rotation.clockwiseDegrees(display)).isEqualTo(clockwise);
    }

    @Test
    void quarterTurnClockwiseMovesTheTopLeftPixelToTheTopRight() {
        BufferedImage src = new BufferedImage(4, 2, BufferedImage.TYPE_3BYTE_BGR);
        src.setRGB(0, 0, 0xFF0000);
        BufferedImage out = Rotation.copyRotated(src, 90);
        assertThat(out.getWidth()).isEqualTo(2);
        assertThat(out.getHeight()).isEqualTo(4);
        assertThat(out.getRGB(1, 0) & 0xFFFFFF).isEqualTo(0xFF0000);
        assertThat(out.getRGB(0, 0) & 0xFFFFFF).isZero();
    }

    @Test
    void copyWithoutTurnIsIndependentOfTheSource() {
        BufferedImage src = new BufferedImage(3, 3, BufferedImage.TYPE_3BYTE_BGR);
        BufferedImage out = Rotation.copyRotated(src, 0);
        src.setRGB(1, 1, 0x00FF00);
        assertThat(out.getRGB(1, 1) & 0xFFFFFF).isZero();
    }
}
