package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceDetector.Face;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class FaceDetectorsTest {

    /** Measured: BlazeFace, UltraFace and the combination each report 3, 3, 3, 4, 5, 4 faces (22 in all). */
    private static final int SAMPLE_FACES = 22;
    private static final int SAMPLE_FLOOR = 19;

    private FaceDetector blaze;
    private FaceDetector combined;

    @BeforeAll
    void load() {
        Path dir = TestModels.dir();
        blaze = BlazeFaceDetector.load(dir.resolve(BlazeFaceDetector.MODEL_FILE));
        combined = CombinedFaceDetector.load(dir);
    }

    @AfterAll
    void close() {
        if (blaze != null) {
            blaze.close();
        }
        if (combined != null) {
            combined.close();
        }
    }

    private FaceDetector pick(String which) {
        return which.equals("blaze") ? blaze : combined;
    }

    @ParameterizedTest
    @ValueSource(strings = {"blaze", "combined"})
    void mostFacesOfTheGroupPhotosAreFound(String which) {
        int found = 0;
        for (int n = 1; n <= 6; n++) {
            found += pick(which).detect(TestModels.sample(n)).size();
        }
        assertThat(found).isBetween(SAMPLE_FLOOR, SAMPLE_FACES + 2);
    }

    @org.junit.jupiter.api.Test
    void candidatesLeftUnembeddedChangeNoDecision() {
        FaceFusion fusion = FaceFusion.standard();
        int sure = 0, accepted = 0;
        try (EnsembleFaceDetector ensemble = EnsembleFaceDetector.load(TestModels.dir())) {
            for (int n = 1; n <= 6; n++) {
                BufferedImage img = TestModels.sample(n);
                List<Face> fast = ensemble.detect(img);
                List<EnsembleFaceDetector.Candidate> all = ensemble.candidates(img);
                List<Face> full = EnsembleFaceDetector.accepted(fusion, all, img.getWidth(), img.getHeight(),
                        EnsembleFaceDetector.DEFAULT_ACCEPT);
                assertThat(fast).extracting(Face::box).containsExactlyElementsOf(full.stream().map(Face::box).toList());
                for (int i = 0; i < fast.size(); i++) {
                    assertThat(fast.get(i).score()).isLessThanOrEqualTo(full.get(i).score() + 1e-12);
                }
                for (EnsembleFaceDetector.Candidate c : all) {
                    double[] f = FaceFusion.features(c.cluster(), img.getWidth(), img.getHeight(), 0);
                    sure += fusion.worstCase(f) >= EnsembleFaceDetector.DEFAULT_ACCEPT ? 1 : 0;
                }
                accepted += full.size();
            }
        }
        System.out.printf("faces accepted without an embedding: %d of %d%n", sure, accepted);
        assertThat(sure).as("some faces are sure without the probe, or the shortcut is never taken").isPositive();
    }

    @ParameterizedTest
    @ValueSource(strings = {"blaze", "combined"})
    void anImageWithoutFacesGivesNone(String which) {
        assertThat(pick(which).detect(shapes(1600, 1000))).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 28, 48, 120})
    void aSmallFacePastedIntoALargeCanvasIsFoundThanksToTiling(int faceSide) {
        BufferedImage canvas = shapes(1800, 1200);
        Box pasted = paste(canvas, strongestFace(), faceSide, 1013, 587);

        List<Face> faces = combined.detect(canvas);

        assertThat(faces).anyMatch(f -> f.box().iou(pasted) >= 0.3);
    }

    @ParameterizedTest
    @ValueSource(ints = {20, 32})
    void blazeFaceAloneFindsASmallPastedFaceToo(int faceSide) {
        BufferedImage canvas = new BufferedImage(1600, 1200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = canvas.createGraphics();
        g.setColor(new Color(225, 225, 220));
        g.fillRect(0, 0, 1600, 1200);
        g.dispose();
        Box pasted = paste(canvas, strongestFace(), faceSide, 611, 733);

        assertThat(blaze.detect(canvas)).anyMatch(f -> f.box().iou(pasted) >= 0.3);
    }

    @ParameterizedTest
    @ValueSource(strings = {"blaze", "combined"})
    void concurrentCallersGetTheSameFacesAsOneCaller(String which) throws Exception {
        FaceDetector d = pick(which);
        BufferedImage img = TestModels.sample(2);
        List<Face> alone = d.detect(img);
        ExecutorService pool = Executors.newFixedThreadPool(3);
        try {
            List<Future<List<Face>>> runs = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                runs.add(pool.submit(() -> d.detect(img)));
            }
            for (Future<List<Face>> r : runs) {
                assertThat(r.get()).isEqualTo(alone);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    /** A real face, cut from a fetched sample photo at runtime (no photo is stored in the repository). */
    private BufferedImage strongestFace() {
        BufferedImage img = TestModels.sample(1);
        Face best = blaze.detect(img).stream().max(Comparator.comparingDouble(Face::score)).orElseThrow();
        Box b = best.box().pad(0.25).clip(img.getWidth(), img.getHeight());
        return img.getSubimage(b.x(), b.y(), b.width(), b.height());
    }

    /** Pastes the crop so that the face inside it (1/1.5 of the padded crop) is {@code side} px; returns that face's box. */
    private static Box paste(BufferedImage canvas, BufferedImage crop, int side, int x, int y) {
        int w = (int) Math.round(side * 1.5), h = (int) Math.round(w * (double) crop.getHeight() / crop.getWidth());
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.drawImage(crop, x, y, w, h, null);
        g.dispose();
        int faceW = (int) Math.round(w / 1.5), faceH = (int) Math.round(h / 1.5);
        return new Box(x + (w - faceW) / 2, y + (h - faceH) / 2, faceW, faceH);
    }

    /** A gradient with rectangles, circles, lines and text: busy, but no face. */
    static BufferedImage shapes(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setPaint(new GradientPaint(0, 0, new Color(30, 60, 120), w, h, new Color(240, 200, 150)));
        g.fillRect(0, 0, w, h);
        g.setStroke(new BasicStroke(5));
        for (int i = 0; i < 12; i++) {
            g.setColor(new Color((i * 70) % 256, (i * 130) % 256, (i * 40 + 90) % 256));
            int x = (i * 137) % (w - 200), y = (i * 89) % (h - 200);
            if (i % 3 == 0) {
                g.fillRect(x, y, 80 + i * 10, 60 + i * 5);
            } else if (i % 3 == 1) {
                g.fillOval(x, y, 60 + i * 8, 60 + i * 8);
            } else {
                g.drawLine(x, y, x + 300, y + 150);
            }
        }
        g.setColor(Color.WHITE);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, 36));
        g.drawString("INVOICE 2024-001  Total 1,234.00", 80, h - 80);
        g.dispose();
        return img;
    }
}
