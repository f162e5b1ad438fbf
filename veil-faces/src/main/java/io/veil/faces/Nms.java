package io.veil.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Non-maximum suppression that blends instead of discarding (MediaPipe's "weighted" NMS): every cluster of
 * boxes that overlap the strongest one becomes one box, the score-weighted mean of the cluster, with the
 * cluster's best score. Blending keeps a face's box stable when the whole-image pass and several tiles each
 * see it slightly differently. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<ScoredBox> merged = Nms.weighted(candidates, 0.3, 0.7);
 * }</pre>
 */
final class Nms {

    private Nms() {
    }

    /**
     * @param iouThreshold     boxes with IoU above this join the cluster of a stronger box
     * @param containThreshold boxes lying this much (of the smaller's area) inside a stronger one join it too;
     *                         this merges a tile's half-face at a tile border into the whole-face box
     */
    static List<ScoredBox> weighted(List<ScoredBox> boxes, double iouThreshold, double containThreshold) {
        List<ScoredBox> rest = new ArrayList<>(boxes);
        rest.sort(Comparator.comparingDouble(ScoredBox::score).reversed());
        List<ScoredBox> out = new ArrayList<>();
        while (!rest.isEmpty()) {
            ScoredBox top = rest.get(0);
            double sw = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            List<ScoredBox> keep = new ArrayList<>();
            for (ScoredBox b : rest) {
                boolean joins = b == top || b.iou(top) > iouThreshold
                        || (b.area() <= top.area() && b.overlapOfSmaller(top) > containThreshold);
                if (!joins) {
                    keep.add(b);
                    continue;
                }
                // Only boxes much like the top one shape the blend; a contained fragment is just swallowed.
                if (b == top || b.iou(top) > iouThreshold) {
                    double w = b.score();
                    sw += w;
                    x0 += w * b.x0();
                    y0 += w * b.y0();
                    x1 += w * b.x1();
                    y1 += w * b.y1();
                }
            }
            out.add(new ScoredBox(x0 / sw, y0 / sw, x1 / sw, y1 / sw, top.score()));
            rest = keep;
        }
        return out;
    }
}
