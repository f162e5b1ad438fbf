package io.veil.video;

import io.veil.faces.CombinedFaceDetector;
import io.veil.imaging.redact.DefaultPageRedactor;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Prints frames per second for a 720p clip made like the end-to-end test's (a face from sample photo 1 moving
 * over texture): decode + encode alone, then the whole anonymiser at several detection cadences.
 * Run: {@code java --enable-native-access=ALL-UNNAMED -cp <test classpath> io.veil.video.VideoBenchmark [frames] [cadences]}.
 */
public final class VideoBenchmark {
    private VideoBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int frames = args.length > 0 ? Integer.parseInt(args[0]) : 120;
        String cadences = args.length > 1 ? args[1] : "1,2,3";
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        Path dir = Files.createTempDirectory("veil-video-bench");
        try (FaceDetector detector = CombinedFaceDetector.load(models)) {
            SyntheticClip clip = new SyntheticClip(1280, 720, frames, 30, SyntheticClip.faceCrop(models, detector, 200));
            Path in = dir.resolve("bench.mp4");
            clip.write(in, "mp4", false, false);
            System.out.printf("clip: %d frames 1280x720 at 30 fps, cores=%d%n", frames, Runtime.getRuntime().availableProcessors());

            FaceDetector none = new FaceDetector() {
                @Override
                public List<Face> detect(BufferedImage image) {
                    return List.of();
                }

                @Override
                public String version() {
                    return "none";
                }
            };
            run("decode+encode only", new VideoAnonymizer(none, new DefaultPageRedactor(), VideoOptions.defaults().withDetectEvery(1)), in, dir);
            long t0 = System.nanoTime();
            int n = Math.min(10, frames);
            for (int i = 0; i < n; i++) {
                detector.detect(clip.frame(i));
            }
            System.out.printf("detector alone: %.0f ms per 720p frame%n", (System.nanoTime() - t0) / 1e6 / n);
            for (String c : cadences.split(",")) {
                int cadence = Integer.parseInt(c.trim());
                run("detect every " + cadence, new VideoAnonymizer(detector, new DefaultPageRedactor(),
                        VideoOptions.defaults().withDetectEvery(cadence)), in, dir);
            }
        } finally {
            try (var files = Files.list(dir)) {
                for (Path p : files.toList()) {
                    Files.deleteIfExists(p);
                }
            }
            Files.deleteIfExists(dir);
        }
    }

    private static void run(String label, VideoAnonymizer anonymizer, Path in, Path dir) throws Exception {
        long t0 = System.nanoTime();
        VideoResult r = anonymizer.anonymize(in, dir.resolve("out.mp4"), VideoProgress.NONE);
        double secs = (System.nanoTime() - t0) / 1e9;
        System.out.printf("%-20s %5.1f fps  (%d frames in %.1f s, %d detector runs, %d tracks)%n",
                label, r.frames() / secs, r.frames(), secs, r.detectorRuns(), r.tracks().size());
    }
}
