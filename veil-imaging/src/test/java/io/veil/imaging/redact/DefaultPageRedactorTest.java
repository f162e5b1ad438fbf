package io.veil.imaging.redact;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.model.FaceStyle;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DefaultPageRedactorTest {
    private static final Box FACE = new Box(40, 30, 120, 150);

    private final DefaultPageRedactor redactor = new DefaultPageRedactor();

    @ParameterizedTest(name = "{0}: input untouched, a new image returned")
    @EnumSource(FaceStyle.class)
    void redactionReturnsANewImageAndLeavesTheInputUntouched(FaceStyle style) {
        BufferedImage page = pageWithNoiseFace(1);
        int[] before = page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth());

        BufferedImage out = redactor.redact(page, List.of(new Box(5, 5, 10, 10)), List.of(FACE), style);

        assertThat(out).isNotSameAs(page);
        assertThat(page.getRGB(0, 0, page.getWidth(), page.getHeight(), null, 0, page.getWidth())).isEqualTo(before);
    }

    @ParameterizedTest(name = "{0}: pixels outside every box are unchanged")
    @EnumSource(FaceStyle.class)
    void pixelsOutsideEveryBoxAreUnchanged(FaceStyle style) {
        BufferedImage page = pageWithNoiseFace(2);
        Box fill = new Box(170, 200, 20, 10);

        BufferedImage out = redactor.redact(page, List.of(fill), List.of(FACE), style);

        for (int y = 0; y < page.getHeight(); y++) {
            for (int x = 0; x < page.getWidth(); x++) {
                if (!inside(FACE, x, y) && !inside(fill, x, y)) {
                    assertThat(out.getRGB(x, y)).as("pixel %d,%d", x, y).isEqualTo(page.getRGB(x, y));
                }
            }
        }
    }

    @Test
    void fillsBecomeSolidBlack() {
        BufferedImage out = redactor.redact(pageWithNoiseFace(3), List.of(new Box(50, 40, 30, 20)), List.of(), FaceStyle.BLUR);

        assertThat(colours(out, new Box(50, 40, 30, 20))).containsExactly(0x000000);
    }

    @Test
    void blurredFacesOfDifferentPeopleKeepNothingButTheirMean() {
        BufferedImage a = pageWithNoiseFace(10), b = pageWithNoiseFace(11);

        BufferedImage blurredA = redactor.redact(a, List.of(), List.of(FACE), FaceStyle.BLUR);
        BufferedImage blurredB = redactor.redact(b, List.of(), List.of(FACE), FaceStyle.BLUR);

        assertThat(variance(blurredA, FACE)).isLessThan(0.05 * variance(a, FACE));
        assertThat(meanAbsDifference(a, b, FACE)).as("the two faces differ").isGreaterThan(60);
        assertThat(meanAbsDifference(blurredA, blurredB, FACE)).as("their blurs do not").isLessThan(6);
    }

    @Test
    void blurLeavesNoTraceOfTheEyesAndMouthOfADrawnFace() {
        BufferedImage face = drawnFace(true), blank = drawnFace(false);
        List<Box> box = List.of(new Box(35, 25, 130, 160));
        Box features = new Box(70, 80, 60, 61);

        BufferedImage blurredFace = redactor.redact(face, List.of(), box, FaceStyle.BLUR);
        BufferedImage blurredBlank = redactor.redact(blank, List.of(), box, FaceStyle.BLUR);

        double drawn = meanAbsDifference(face, blank, features);
        double left = meanAbsDifference(blurredFace, blurredBlank, features);
        assertThat(drawn).as("eyes and mouth are drawn").isGreaterThan(15);
        // What remains is the ±3 dither plus a shift of a few cell means: a fraction of what was drawn.
        assertThat(left).as("and leave little more than the dither").isLessThan(Math.min(6, drawn / 4));
    }

    private static BufferedImage drawnFace(boolean withFeatures) {
        BufferedImage page = new BufferedImage(200, 220, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        g.setColor(new Color(0xE0B090));
        g.fillOval(50, 40, 100, 130);
        if (withFeatures) {
            g.setColor(Color.WHITE);
            g.fillOval(70, 80, 22, 12);
            g.fillOval(108, 80, 22, 12);
            g.setColor(Color.BLACK);
            g.fillOval(77, 82, 8, 8);
            g.fillOval(115, 82, 8, 8);
            g.fillRect(80, 135, 40, 6);
        }
        g.dispose();
        return page;
    }

    @Test
    void pixelationLeavesAtMostSixBlocksAcross() {
        BufferedImage out = redactor.redact(pageWithNoiseFace(4), List.of(), List.of(FACE), FaceStyle.PIXELATE);

        Set<Integer> row = new HashSet<>();
        for (int x = FACE.x(); x < FACE.right(); x++) {
            row.add(out.getRGB(x, FACE.y() + 3));
        }
        assertThat(row).hasSizeLessThanOrEqualTo(6);
        assertThat(variance(out, FACE)).isLessThan(0.1 * variance(pageWithNoiseFace(4), FACE));
    }

    @Test
    void solidFacesAreFilled() {
        BufferedImage out = redactor.redact(pageWithNoiseFace(5), List.of(), List.of(FACE), FaceStyle.SOLID);

        assertThat(colours(out, FACE)).containsExactly(0x000000);
    }

    @Test
    void boxesReachingOffThePageAreClipped() {
        BufferedImage page = pageWithNoiseFace(6);

        BufferedImage out = redactor.redact(page, List.of(new Box(-10, -10, 30, 30)), List.of(new Box(190, 200, 50, 50)), FaceStyle.BLUR);

        assertThat(colours(out, new Box(0, 0, 20, 20))).containsExactly(0x000000);
        assertThat(out.getWidth()).isEqualTo(page.getWidth());
    }

    @Test
    void textBoxOverAFaceStaysBlack() {
        Box card = new Box(60, 60, 40, 20);

        BufferedImage out = redactor.redact(pageWithNoiseFace(7), List.of(card), List.of(FACE), FaceStyle.BLUR);

        assertThat(colours(out, card)).containsExactly(0x000000);
    }

    @ParameterizedTest(name = "{0}: a face a few pixels wide is still destroyed")
    @EnumSource(FaceStyle.class)
    void tinyFaceBoxIsHandled(FaceStyle style) {
        Box tiny = new Box(100, 100, 3, 2);

        BufferedImage out = redactor.redact(pageWithNoiseFace(8), List.of(), List.of(tiny), style);

        assertThat(out.getRGB(100, 100)).isNotNull();
        assertThat(variance(out, tiny)).isLessThanOrEqualTo(variance(pageWithNoiseFace(8), tiny) + 10);
    }

    /** A gray 220×240 page with a face-sized patch of random colour noise (a stand-in for one person's face). */
    static BufferedImage pageWithNoiseFace(long seed) {
        BufferedImage img = new BufferedImage(220, 240, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = img.createGraphics();
        g.setColor(new Color(0x808080));
        g.fillRect(0, 0, 220, 240);
        g.dispose();
        Random r = new Random(seed);
        for (int y = FACE.y(); y < FACE.bottom(); y++) {
            for (int x = FACE.x(); x < FACE.right(); x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }

    private static boolean inside(Box b, int x, int y) {
        return x >= b.x() && x < b.right() && y >= b.y() && y < b.bottom();
    }

    private static Set<Integer> colours(BufferedImage img, Box b) {
        Set<Integer> out = new HashSet<>();
        for (int y = b.y(); y < b.bottom(); y++) {
            for (int x = b.x(); x < b.right(); x++) {
                out.add(img.getRGB(x, y) & 0xFFFFFF);
            }
        }
        return out;
    }

    private static double variance(BufferedImage img, Box b) {
        double sum = 0, sq = 0;
        long n = 0;
        for (int y = b.y(); y < b.bottom(); y++) {
            for (int x = b.x(); x < b.right(); x++) {
                int rgb = img.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    int v = (rgb >> shift) & 0xFF;
                    sum += v;
                    sq += (double) v * v;
                    n++;
                }
            }
        }
        double mean = sum / n;
        return sq / n - mean * mean;
    }

    private static double meanAbsDifference(BufferedImage a, BufferedImage b, Box box) {
        double diff = 0;
        long n = 0;
        for (int y = box.y(); y < box.bottom(); y++) {
            for (int x = box.x(); x < box.right(); x++) {
                for (int shift = 0; shift <= 16; shift += 8) {
                    diff += Math.abs(((a.getRGB(x, y) >> shift) & 0xFF) - ((b.getRGB(x, y) >> shift) & 0xFF));
                    n++;
                }
            }
        }
        return diff / n;
    }
}
