package io.veil.faces.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.faces.BlazeFaceDetector;
import io.veil.faces.CombinedFaceDetector;
import io.veil.faces.EnsembleFaceDetector;
import io.veil.faces.UltraFaceDetector;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.imageio.ImageIO;

/**
 * Measures a face detector on the labelled face sets of eval-dev ({@code faces_kaggle_facemask},
 * {@code faces_dlib_pascal_examples}): recall of gold faces by size, false positives per image and seconds
 * per image. Face size is {@code max(width, height)} of the gold box. A gold face is found when a detection
 * has IoU ≥ 0.3 with it, or covers ≥ 80% of it while being at most 3× its side (so that one huge box cannot
 * claim a crowd). A detection matching no gold face is a false positive. Masked faces are faces.
 * Stateless; thread-safe.
 *
 * <pre>{@code
 * try (FaceDetector d = BlazeFaceDetector.load(model)) {
 *     System.out.println(FaceEval.table(List.of(FaceEval.evaluate(d, evalDev.resolve(FaceEval.KAGGLE), 0))));
 * }
 * }</pre>
 */
public final class FaceEval {

    public static final String KAGGLE = "faces_kaggle_facemask";
    public static final String PASCAL = "faces_dlib_pascal_examples";
    static final int[] BUCKET_EDGES = {10, 16, 32};
    static final String[] BUCKET_NAMES = {"<10", "10-16", "16-32", ">=32"};
    /** Index of the first bucket of faces of at least 16 px. */
    static final int FROM_16 = 2;

    private FaceEval() {
    }

    /** One labelled image. */
    record Gold(Path file, List<Box> faces, List<Boolean> unmasked) {
        Gold {
            faces = List.copyOf(faces);
            unmasked = List.copyOf(unmasked);
        }
    }

    /**
     * Counts for one set. {@code gold[i]} and {@code found[i]} are per size bucket (&lt;10, 10–16, 16–32, ≥32 px).
     */
    public record SetResult(String name, int images, int[] gold, int[] found, int falsePositives, double seconds) {
        public double recall(int bucket) {
            return gold[bucket] == 0 ? Double.NaN : (double) found[bucket] / gold[bucket];
        }

        /** Recall of faces at least 16 px. */
        public double recallFrom16() {
            int g = 0, f = 0;
            for (int i = FROM_16; i < gold.length; i++) {
                g += gold[i];
                f += found[i];
            }
            return g == 0 ? Double.NaN : (double) f / g;
        }

        public double recallAll() {
            int g = 0, f = 0;
            for (int i = 0; i < gold.length; i++) {
                g += gold[i];
                f += found[i];
            }
            return g == 0 ? Double.NaN : (double) f / g;
        }

        public double falsePositivesPerImage() {
            return images == 0 ? 0 : (double) falsePositives / images;
        }

        public double secondsPerImage() {
            return images == 0 ? 0 : seconds / images;
        }
    }

    static int bucket(Box face) {
        int size = Math.max(face.width(), face.height());
        int b = 0;
        while (b < BUCKET_EDGES.length && size >= BUCKET_EDGES[b]) {
            b++;
        }
        return b;
    }

    static boolean matches(Box detection, Box gold) {
        if (detection.iou(gold) >= 0.3) {
            return true;
        }
        int goldSide = Math.max(gold.width(), gold.height()), detSide = Math.max(detection.width(), detection.height());
        return gold.area() > 0 && detSide <= 3 * goldSide
                && (double) detection.intersection(gold).area() / gold.area() >= 0.8;
    }

    /** The image files of a set in annotation order, about {@code limit} of them spread over it ({@link #subset}; 0 = all). */
    public static List<Path> images(Path setDir, int limit) {
        return subset(load(setDir), limit).stream().map(Gold::file).toList();
    }

    /** Reads a set's annotations.json (Kaggle VOC corners, inclusive; or dlib left/top/width/height). */
    static List<Gold> load(Path setDir) {
        try {
            JsonNode root = new ObjectMapper().readTree(setDir.resolve("annotations.json").toFile());
            List<Gold> out = new ArrayList<>();
            for (JsonNode img : root) {
                List<Box> faces = new ArrayList<>();
                List<Boolean> unmasked = new ArrayList<>();
                for (JsonNode f : img.path("faces")) {
                    unmasked.add(!f.path("label").asText("").startsWith("with_mask") && !f.path("label").asText("").startsWith("mask"));
                    if (f.has("xmin")) {
                        faces.add(Box.ofCorners(f.get("xmin").asInt(), f.get("ymin").asInt(),
                                f.get("xmax").asInt() + 1, f.get("ymax").asInt() + 1));
                    } else {
                        faces.add(new Box(f.get("left").asInt(), f.get("top").asInt(), f.get("width").asInt(), f.get("height").asInt()));
                    }
                }
                out.add(new Gold(setDir.resolve(img.get("file").asText()), faces, unmasked));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read annotations of " + setDir.getFileName(), e);
        }
    }

    /** Every {@code n}-th image so that a subset of about {@code limit} images spans the whole set; 0 = all. */
    static List<Gold> subset(List<Gold> all, int limit) {
        if (limit <= 0 || limit >= all.size()) {
            return all;
        }
        List<Gold> out = new ArrayList<>();
        double step = (double) all.size() / limit;
        for (int i = 0; i < limit; i++) {
            out.add(all.get((int) (i * step)));
        }
        return out;
    }

    public static SetResult evaluate(FaceDetector detector, Path setDir, int limit) {
        long nanos = 0;
        List<Gold> images = subset(load(setDir), limit);
        List<List<Box>> found = new ArrayList<>();
        for (Gold g : images) {
            BufferedImage img = read(g.file());
            long t0 = System.nanoTime();
            List<FaceDetector.Face> dets = detector.detect(img);
            nanos += System.nanoTime() - t0;
            found.add(dets.stream().map(FaceDetector.Face::box).toList());
        }
        return score(setDir.getFileName().toString(), images, found, nanos / 1e9);
    }

    /** Scores {@code detections.get(i)} against {@code images.get(i)}'s gold faces. */
    static SetResult score(String name, List<Gold> images, List<List<Box>> detections, double seconds) {
        if (images.size() != detections.size()) {
            throw new IllegalArgumentException("one detection list per image");
        }
        int[] gold = new int[BUCKET_NAMES.length], found = new int[BUCKET_NAMES.length];
        int fps = 0;
        for (int i = 0; i < images.size(); i++) {
            Gold g = images.get(i);
            List<Box> dets = detections.get(i);
            for (Box face : g.faces()) {
                int b = bucket(face);
                gold[b]++;
                if (dets.stream().anyMatch(d -> matches(d, face))) {
                    found[b]++;
                }
            }
            for (Box d : dets) {
                if (g.faces().stream().noneMatch(face -> matches(d, face))) {
                    fps++;
                }
            }
        }
        return new SetResult(name, images.size(), gold, found, fps, seconds);
    }

    /** Reads an image of a set; a file that does not decode is an error naming it. */
    public static BufferedImage read(Path file) {
        try {
            BufferedImage img = ImageIO.read(file.toFile());
            if (img == null) {
                throw new IOException("not an image");
            }
            return img;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.getFileName(), e);
        }
    }

    /** A printable table, one row per set. */
    public static String table(String detectorVersion, List<SetResult> results) {
        StringBuilder sb = new StringBuilder();
        sb.append("Face detection: ").append(detectorVersion).append('\n');
        sb.append("size = max(w,h) of the gold box; found = IoU>=0.3 or >=80% covered\n");
        sb.append(String.format(Locale.ROOT, "%-28s %6s %14s %14s %14s %14s %8s %8s %8s%n",
                "set", "images", "recall <10", "recall 10-16", "recall 16-32", "recall >=32", "rec>=16", "FP/img", "s/img"));
        for (SetResult r : results) {
            sb.append(String.format(Locale.ROOT, "%-28s %6d %14s %14s %14s %14s %8.3f %8.3f %8.3f%n", r.name(), r.images(),
                    cell(r, 0), cell(r, 1), cell(r, 2), cell(r, 3), r.recallFrom16(), r.falsePositivesPerImage(), r.secondsPerImage()));
        }
        return sb.toString();
    }

    private static String cell(SetResult r, int b) {
        return r.gold()[b] == 0 ? "-" : String.format(Locale.ROOT, "%.3f (%d)", r.recall(b), r.gold()[b]);
    }

    /** Usage: {@code FaceEval [--detector blaze|ultra|combined|ensemble] [--limit N] [--eval-dev DIR] [--models DIR]}. */
    public static void main(String[] args) {
        String which = "ensemble";
        int limit = 0;
        Path evalDev = Path.of(System.getProperty("veil.evalDev", "../shared/eval-dev"));
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            switch (args[i]) {
                case "--detector" -> which = args[i + 1];
                case "--limit" -> limit = Integer.parseInt(args[i + 1]);
                case "--eval-dev" -> evalDev = Path.of(args[i + 1]);
                case "--models" -> models = Path.of(args[i + 1]);
                default -> throw new IllegalArgumentException("unknown option " + args[i]);
            }
        }
        try (FaceDetector d = open(which, models)) {
            List<SetResult> results = new ArrayList<>();
            for (String set : List.of(KAGGLE, PASCAL)) {
                Path dir = evalDev.resolve(set);
                if (Files.isDirectory(dir)) {
                    results.add(evaluate(d, dir, limit));
                }
            }
            System.out.print(table(d.version(), results));
        }
    }

    static FaceDetector open(String which, Path models) {
        return switch (which) {
            case "blaze" -> BlazeFaceDetector.load(models.resolve(BlazeFaceDetector.MODEL_FILE));
            case "ultra" -> UltraFaceDetector.load(models.resolve(UltraFaceDetector.MODEL_FILE));
            case "combined" -> CombinedFaceDetector.load(models);
            case "pair" -> CombinedFaceDetector.loadPair(models);
            case "ensemble" -> EnsembleFaceDetector.load(models);
            default -> throw new IllegalArgumentException("detector must be blaze, ultra, combined or ensemble");
        };
    }
}
