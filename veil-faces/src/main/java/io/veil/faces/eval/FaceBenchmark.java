package io.veil.faces.eval;

import io.veil.faces.CombinedFaceDetector;
import io.veil.spi.FaceDetector;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Seconds per photo of a given width (default 1920 px) for the default face detector: every
 * {@code samples/*.jpg} photo in the models folder is scaled to that width and detected {@code --runs} times
 * after one warm-up; prints the median and the slowest run per photo, and the overall median. A benchmark,
 * not a test: nothing is asserted. Stateless.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FaceBenchmark --width 1920 --runs 5
 * }</pre>
 */
public final class FaceBenchmark {

    private FaceBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        int width = 1920, runs = 5;
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--width" -> width = Integer.parseInt(args[i + 1]);
                case "--runs" -> runs = Integer.parseInt(args[i + 1]);
                case "--models" -> models = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        List<Path> photos;
        try (Stream<Path> s = Files.list(models.resolve("samples"))) {
            photos = s.filter(p -> p.toString().endsWith(".jpg")).sorted().toList();
        }
        List<Double> all = new ArrayList<>();
        try (FaceDetector d = CombinedFaceDetector.load(models)) {
            System.out.println("detector: " + d.version() + ", cores: " + Runtime.getRuntime().availableProcessors());
            for (Path p : photos) {
                BufferedImage img = scaled(ImageIO.read(p.toFile()), width);
                d.detect(img);
                double[] t = new double[runs];
                int faces = 0;
                for (int r = 0; r < runs; r++) {
                    long t0 = System.nanoTime();
                    faces = d.detect(img).size();
                    t[r] = (System.nanoTime() - t0) / 1e9;
                    all.add(t[r]);
                }
                Arrays.sort(t);
                System.out.printf(Locale.ROOT, "%-12s %dx%d  faces %2d  median %.3f s  max %.3f s%n",
                        p.getFileName(), img.getWidth(), img.getHeight(), faces, t[runs / 2], t[runs - 1]);
            }
        }
        all.sort(null);
        System.out.printf(Locale.ROOT, "overall median %.3f s per %d px photo (%d runs)%n", all.get(all.size() / 2), width, all.size());
    }

    private static BufferedImage scaled(BufferedImage src, int width) {
        int height = (int) Math.round((double) src.getHeight() * width / src.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.drawImage(src, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
