package io.veil.faces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Groups the raw boxes of every window into candidate faces, keeping each window kind's evidence. The
 * strongest remaining box leads a group; boxes overlapping it (IoU above 0.3) blend into its position, and
 * boxes lying mostly inside it but not tiny beside it (a face cut at a tile edge) join its evidence only.
 * A crowd face next to a larger false box is not swallowed: a box under 30% of the leader's area stays
 * its own candidate. Stateless.
 */
final class FaceCandidates {

    private static final double NEAR_IOU = 0.3, INSIDE = 0.7, MIN_AREA_RATIO = 0.3;

    /** A raw box in image pixels and the window kind that produced it. */
    record Seen(ScoredBox box, FaceFusion.Source source) {
    }

    /**
     * A candidate face.
     *
     * @param box     score-weighted mean of the overlapping boxes (score of the leader)
     * @param best    best raw score per {@link FaceFusion.Source} (0 when that kind did not see it)
     * @param count   raw boxes per source
     * @param members raw boxes in the group
     */
    record Cluster(ScoredBox box, double[] best, int[] count, int members) {
    }

    private FaceCandidates() {
    }

    static List<Cluster> cluster(List<Seen> seen) {
        List<Seen> rest = new ArrayList<>(seen);
        rest.sort(Comparator.comparingDouble((Seen s) -> s.box().score()).reversed());
        boolean[] taken = new boolean[rest.size()];
        int sources = FaceFusion.Source.values().length;
        List<Cluster> out = new ArrayList<>();
        for (int i = 0; i < rest.size(); i++) {
            if (taken[i]) {
                continue;
            }
            ScoredBox top = rest.get(i).box();
            double[] best = new double[sources];
            int[] count = new int[sources];
            double sw = 0, x0 = 0, y0 = 0, x1 = 0, y1 = 0;
            int members = 0;
            for (int j = i; j < rest.size(); j++) {
                if (taken[j]) {
                    continue;
                }
                ScoredBox b = rest.get(j).box();
                boolean near = j == i || b.iou(top) > NEAR_IOU;
                boolean inside = b.area() <= top.area() && b.area() >= MIN_AREA_RATIO * top.area() && b.overlapOfSmaller(top) > INSIDE;
                if (!near && !inside) {
                    continue;
                }
                taken[j] = true;
                members++;
                int s = rest.get(j).source().ordinal();
                best[s] = Math.max(best[s], b.score());
                count[s]++;
                if (near) {
                    sw += b.score();
                    x0 += b.score() * b.x0();
                    y0 += b.score() * b.y0();
                    x1 += b.score() * b.x1();
                    y1 += b.score() * b.y1();
                }
            }
            ScoredBox merged = sw > 0 ? new ScoredBox(x0 / sw, y0 / sw, x1 / sw, y1 / sw, top.score()) : top;
            out.add(new Cluster(merged, best, count, members));
        }
        return out;
    }
}
