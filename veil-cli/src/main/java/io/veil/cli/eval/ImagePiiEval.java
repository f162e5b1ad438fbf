package io.veil.cli.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.model.Box;
import io.veil.model.ScanResult;
import io.veil.model.PageRedaction;
import io.veil.pipeline.RedactionPlanner;
import io.veil.pipeline.Scanner;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Measures redaction of document images against gold PII word boxes (presidio_image_tests): the share of gold
 * boxes whose area is at least 90% covered by Veil's redaction boxes, and the share of redacted area that
 * covers no gold box. Gold types outside Veil's categories (URL) are listed but not counted; untyped gold
 * boxes count. Images without gold boxes are checked for the number of findings (the negative photo must
 * give none).
 */
public final class ImagePiiEval {
    /** Gold entity types that are not personal data categories of Veil (a company web address is not PII). */
    static final Set<String> NOT_CLAIMED = Set.of("URL");

    /** One image's measurement. */
    public record Row(String image, int goldBoxes, int covered, int notClaimed, double spillShare, int findings) {
        public double recall() {
            return goldBoxes == 0 ? Double.NaN : (double) covered / goldBoxes;
        }
    }

    private final Scanner scanner;

    public ImagePiiEval(Scanner scanner) {
        this.scanner = scanner;
    }

    public List<Row> run(Path setDir) throws IOException {
        JsonNode gold = new ObjectMapper().readTree(setDir.resolve("ground_truth.json").toFile());
        List<Row> rows = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = gold.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            Path image = setDir.resolve("images").resolve(e.getKey());
            ScanResult result = scanner.scan(image);
            if (result.source().pages().isEmpty()) {
                rows.add(new Row(e.getKey(), -1, 0, 0, Double.NaN, 0));
                continue;
            }
            int w = result.source().pages().get(0).width();
            int h = result.source().pages().get(0).height();
            List<Box> redacted = new ArrayList<>();
            for (PageRedaction p : new RedactionPlanner(0.3).plan(result)) {
                redacted.addAll(p.fills());
                redacted.addAll(p.faces());
            }
            BitSet redMask = mask(redacted, w, h);
            List<Box> goldBoxes = new ArrayList<>();
            int notClaimed = 0;
            for (JsonNode b : e.getValue().path("boxes")) {
                Box box = new Box(b.get("left").asInt(), b.get("top").asInt(), b.get("width").asInt(), b.get("height").asInt());
                if (NOT_CLAIMED.contains(b.path("entity_type").asText(""))) {
                    notClaimed++;
                } else {
                    goldBoxes.add(box);
                }
            }
            int covered = 0;
            for (Box g : goldBoxes) {
                if (coveredShare(redMask, g, w, h) >= 0.9) {
                    covered++;
                }
            }
            double spill = Double.NaN;
            if (!goldBoxes.isEmpty() && !redMask.isEmpty()) {
                BitSet outside = (BitSet) redMask.clone();
                outside.andNot(mask(goldBoxes, w, h));
                spill = (double) outside.cardinality() / redMask.cardinality();
            }
            rows.add(new Row(e.getKey(), goldBoxes.size(), covered, notClaimed, spill, result.findings().size()));
        }
        return rows;
    }

    public static String table(List<Row> rows) {
        StringBuilder sb = new StringBuilder();
        sb.append("| image | gold PII boxes | covered >= 90% | coverage | redacted area outside gold | findings | not claimed (URL) |\n");
        sb.append("|---|---:|---:|---:|---:|---:|---:|\n");
        int gold = 0, cov = 0;
        for (Row r : rows) {
            if (r.goldBoxes() < 0) {
                sb.append("| ").append(r.image()).append(" | unreadable | | | | | |\n");
                continue;
            }
            gold += r.goldBoxes();
            cov += r.covered();
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %s | %s | %d | %d |%n", r.image(), r.goldBoxes(), r.covered(),
                    r.goldBoxes() == 0 ? "-" : pct(r.recall()), Double.isNaN(r.spillShare()) ? "-" : pct(r.spillShare()),
                    r.findings(), r.notClaimed()));
        }
        sb.append(String.format(Locale.ROOT, "| **all** | %d | %d | %s | | | |%n", gold, cov, gold == 0 ? "-" : pct((double) cov / gold)));
        return sb.toString();
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.0f%%", v * 100);
    }

    private static BitSet mask(List<Box> boxes, int w, int h) {
        BitSet m = new BitSet(w * h);
        for (Box b : boxes) {
            Box c = b.clip(w, h);
            for (int y = c.y(); y < c.bottom(); y++) {
                m.set(y * w + c.x(), y * w + c.right());
            }
        }
        return m;
    }

    private static double coveredShare(BitSet mask, Box g, int w, int h) {
        Box c = g.clip(w, h);
        if (c.isEmpty()) {
            return 0;
        }
        long hit = 0;
        for (int y = c.y(); y < c.bottom(); y++) {
            hit += mask.get(y * w + c.x(), y * w + c.right()).cardinality();
        }
        return (double) hit / c.area();
    }

    static Path requireSet(Path evalDev, String name) throws IOException {
        Path dir = evalDev.resolve(name);
        if (!Files.isDirectory(dir)) {
            throw new IOException("evaluation set not found: " + dir);
        }
        return dir;
    }
}
