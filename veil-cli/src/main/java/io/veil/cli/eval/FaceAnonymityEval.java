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
 * the detectors must no longer find it. As {@code redact --prove-faces} does, a face that fails is then filled
 * solid and proven again; the table shows both passes. Holds no image between photos. Not thread-safe (one run
 * at a time).
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
     * @param failedAfterFill faces that failed their proof again after being filled solid
     * @param similarities similarity of every redacted face to its original, sorted
     * @param margins      similarity minus match threshold of every redacted face, sorted (a match is at 0 or above)
     */
    public record Row(String set, FaceStyle style, int images, int faces, int stillMatch, int stillFound, int failedAfterFill,
                      double[] similarities, double[] margins) {
        public Row {
            similarities = similarities.clone();
            Arrays.sort(similarities);
            margins = margins.clone();
            Arrays.sort(margins);
        }

        static double quantile(double[] sorted, double q) {
            return sorted.length == 0 ? Double.NaN : sorted[(int) Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
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
        int[] faces = new int[n], match = new int[n], found = new int[n], failedAgain = new int[n];
        List<List<Double>> sims = new ArrayList<>(), margins = new ArrayList<>();
        styles.forEach(s -> {
            sims.add(new ArrayList<>());
            margins.add(new ArrayList<>());
        });
        for (Path file : images) {
            BufferedImage photo = FaceEval.read(file);
            List<Box> boxes = detector.detect(photo).stream().map(FaceDetector.Face::box).toList();
            if (boxes.isEmpty()) {
                continue;
            }
            List<Box> padded = boxes.stream().map(b -> b.pad(padding).clip(photo.getWidth(), photo.getHeight())).toList();
            for (int k = 0; k < n; k++) {
                BufferedImage redacted = redactor.redact(photo, List.of(), padded, styles.get(k));
                // As redact --prove-faces does: faces that fail are filled solid and proven again.
                FaceProof.Filled filled = proof.proveAndFill(photo, redacted, boxes, padded, redactor, styles.get(k));
                for (FaceCheck c : filled.first()) {
                    faces[k]++;
                    match[k] += c.matches() ? 1 : 0;
                    found[k] += c.detected() ? 1 : 0;
                    sims.get(k).add(c.similarity());
                    margins.get(k).add(c.similarity() - c.threshold());
                }
                failedAgain[k] += (int) filled.last().stream().filter(c -> !c.anonymous()).count();
            }
        }
        List<Row> rows = new ArrayList<>();
        for (int k = 0; k < n; k++) {
            rows.add(new Row(setDir.getFileName().toString(), styles.get(k), images.size(), faces[k], match[k], found[k], failedAgain[k],
                    sims.get(k).stream().mapToDouble(Double::doubleValue).toArray(), margins.get(k).stream().mapToDouble(Double::doubleValue).toArray()));
        }
        return rows;
    }

    public static String table(String version, List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("Face proof: ").append(version).append('\n');
        sb.append("every detected face padded and redacted as `veil redact` does, then compared with its original\n");
        sb.append(String.format(Locale.ROOT, "%-28s %-9s %7s %7s %12s %12s %11s %11s %18s%n",
                "set", "style", "images", "faces", "still match", "still found", "median sim", "max margin", "fail after fill"));
        for (Row r : rows) {
            sb.append(String.format(Locale.ROOT, "%-28s %-9s %7d %7d %12d %12d %11.3f %+11.3f %18d%n", r.set(), r.style().name().toLowerCase(Locale.ROOT),
                    r.images(), r.faces(), r.stillMatch(), r.stillFound(), Row.quantile(r.similarities(), 0.5), Row.quantile(r.margins(), 1.0),
                    r.failedAfterFill()));
        }
        sb.append("margin: similarity minus the face's match threshold (the proof's rule above, established on eval-dev by\n"
                + "FaceMatchCalibration); a redacted face still matches at a margin of 0 or more. Fail after fill: faces still\n"
                + "matched or found after the faces that failed were filled solid, as redact --prove-faces does (must be 0)\n");
        return sb.toString();
    }
}
