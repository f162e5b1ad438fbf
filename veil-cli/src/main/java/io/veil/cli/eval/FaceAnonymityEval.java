package io.veil.cli.eval;

import io.veil.faces.eval.FaceEval;
import io.veil.model.Box;
import io.veil.model.FaceCheck;
import io.veil.model.FaceStyle;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import io.veil.spi.PageRedactor;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * The face-match table of {@code veil eval}: every face Veil detects in a face set is redacted as {@code redact}
 * does (box padded, then blurred, pixelated or filled by the product's page redactor), and the {@link FaceProof}
 * checks each one: the redacted face must no longer match its original under the face-recognition model, and
 * the detectors must no longer find it. Holds no image between photos. Not thread-safe (one run at a time).
 *
 * <pre>{@code
 * FaceAnonymityEval e = new FaceAnonymityEval(detector, proof, new DefaultPageRedactor(), 0.3);
 * System.out.println(FaceAnonymityEval.table(e.run(setDir, 0, List.of(FaceStyle.values()))));
 * }</pre>
 */
public final class FaceAnonymityEval {

    /**
     * One set under one style.
     *
     * @param faces        faces detected and redacted
     * @param stillMatch   redacted faces whose similarity to the original reached the match threshold
     * @param stillFound   redacted faces a detector still finds
     * @param similarities similarity of every redacted face to its original, sorted
     */
    public record Row(String set, FaceStyle style, int images, int faces, int stillMatch, int stillFound, double threshold,
                      double[] similarities) {
        public Row {
            similarities = similarities.clone();
            Arrays.sort(similarities);
        }

        double quantile(double q) {
            return similarities.length == 0 ? Double.NaN : similarities[(int) Math.min(similarities.length - 1, Math.floor(q * similarities.length))];
        }
    }

    private final FaceDetector detector;
    private final FaceProof proof;
    private final PageRedactor redactor;
    private final double padding;

    public FaceAnonymityEval(FaceDetector detector, FaceProof proof, PageRedactor redactor, double padding) {
        this.detector = detector;
        this.proof = proof;
        this.redactor = redactor;
        this.padding = padding;
    }

    /** @param limit use about this many images spread over the set, 0 = all */
    public List<Row> run(Path setDir, int limit, List<FaceStyle> styles) {
        List<Path> images = FaceEval.images(setDir, limit);
        int n = styles.size();
        int[] faces = new int[n], match = new int[n], found = new int[n];
        List<List<Double>> sims = new ArrayList<>();
        styles.forEach(s -> sims.add(new ArrayList<>()));
        double threshold = Double.NaN;
        for (Path file : images) {
            BufferedImage photo = FaceEval.read(file);
            List<Box> boxes = detector.detect(photo).stream().map(FaceDetector.Face::box).toList();
            if (boxes.isEmpty()) {
                continue;
            }
            List<Box> padded = boxes.stream().map(b -> b.pad(padding).clip(photo.getWidth(), photo.getHeight())).toList();
            for (int k = 0; k < n; k++) {
                BufferedImage redacted = redactor.redact(photo, List.of(), padded, styles.get(k));
                for (FaceCheck c : proof.prove(photo, redacted, boxes)) {
                    faces[k]++;
                    match[k] += c.matches() ? 1 : 0;
                    found[k] += c.detected() ? 1 : 0;
                    sims.get(k).add(c.similarity());
                    threshold = c.threshold();
                }
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rows.add(new Row(setDir.getFileName().toString(), styles.get(k), images.size(), faces[k], match[k], found[k], threshold,
                    sims.get(k).stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return rows;
    }

    public static String table(String version, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("Face proof: ").append(version).append('\n');
        sb.append("every detected face padded and redacted as `veil redact` does, then compared with its original\n");
        sb.append(String.format(Locale.ROOT, "%-28s %-9s %7s %7s %12s %12s %11s %11s%n",
                "set", "style", "images", "faces", "still match", "still found", "median sim", "max sim"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %-9s %7d %7d %12d %12d %11.3f %11.3f%n", r.set(), r.style().name().toLowerCase(Locale.ROOT),
                    r.images(), r.faces(), r.stillMatch(), r.stillFound(), r.quantile(0.5), r.quantile(1.0)));
        }
        if (!rows.isEmpty()) {
            sb.append(String.format(Locale.ROOT, "match threshold: similarity >= %.3f (established on eval-dev, FaceMatchCalibration)%n", rows.get(0).threshold()));
        }
        return sb.toString();
    }
}
