package io.veil.faces;

import java.util.List;

/**
 * How a tiled face detector looks at an image: a score threshold per tiling level (index 0 is the whole image,
 * index k tiles 2<sup>k</sup> times smaller; the list's length sets the deepest level), the smallest tile
 * worth running, the overlap between neighbouring tiles, and the merge rule. Deeper levels see faces
 * enlarged and make more false alarms, so they get stricter thresholds. Immutable.
 *
 * <pre>{@code
 * FaceTuning strict = FaceTuning.blazeFace().withThresholds(List.of(0.6, 0.7, 0.8));
 * FaceDetector d = BlazeFaceDetector.load(model, strict);
 * }</pre>
 *
 * @param levelThresholds minimum score per level, each in (0,1)
 * @param minTile         tiles smaller than this (pixels, height) are not run
 * @param overlap         fraction in [0, 0.9] of a tile shared with its neighbour
 * @param nmsIou          boxes overlapping a stronger one above this IoU are blended into it
 * @param containment     boxes lying this much inside a stronger, larger one are absorbed (cut faces at tile edges)
 */
public record FaceTuning(List<Double> levelThresholds, int minTile, double overlap, double nmsIou, double containment) {

    public FaceTuning {
        levelThresholds = List.copyOf(levelThresholds);
        if (levelThresholds.isEmpty() || levelThresholds.stream().anyMatch(t -> !(t > 0 && t < 1))) {
            throw new IllegalArgumentException("level thresholds must be non-empty, each in (0,1)");
        }
        if (minTile < 8 || !(overlap >= 0 && overlap <= 0.9) || !(nmsIou > 0 && nmsIou < 1)
                || !(containment > 0 && containment <= 1)) {
            throw new IllegalArgumentException("tuning out of range");
        }
    }

    /**
     * Whole image 0.5, then 0.6 / 0.7 / 0.8 for tiles of 1/2, 1/4, 1/8: on the 427 eval-dev face-mask photos,
     * alone, faces ≥ 32 px recall 0.79 at 0.09 false positives per image.
     */
    public static FaceTuning blazeFace() {
        return new FaceTuning(List.of(0.5, 0.6, 0.7, 0.8), 64, 0.25, 0.3, 0.7);
    }

    /**
     * Whole image 0.9, tiles of 1/2 at 0.97, no deeper tiles: UltraFace's false alarms grow fast with
     * enlargement (with 1/4 tiles at 0.99, +0.13 false positives per image for +0.02 recall). Combined with
     * BlazeFace on the eval-dev face-mask photos: faces ≥ 32 px recall 0.90, ≥ 16 px 0.77, 0.22 false
     * positives per image.
     */
    public static FaceTuning ultraFace() {
        return new FaceTuning(List.of(0.9, 0.97), 64, 0.25, 0.3, 0.7);
    }

    public FaceTuning withThresholds(List<Double> thresholds) {
        return new FaceTuning(thresholds, minTile, overlap, nmsIou, containment);
    }

    public FaceTuning withMinTile(int pixels) {
        return new FaceTuning(levelThresholds, pixels, overlap, nmsIou, containment);
    }

    int maxLevel() {
        return levelThresholds.size() - 1;
    }

    double threshold(int level) {
        return levelThresholds.get(level);
    }

    double lowestThreshold() {
        return levelThresholds.stream().mapToDouble(Double::doubleValue).min().orElseThrow();
    }
}
