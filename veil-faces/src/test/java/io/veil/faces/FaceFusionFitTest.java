package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class FaceFusionFitTest {

    private static final int DIMS = 8;

    /**
     * Photos whose candidates all look alike to the windows (same scores, same sizes): only the embedding tells
     * a face (around one direction) from a texture (around another), so the trees must learn to trust the probe.
     */
    private static List<FaceFusionFit.Labelled> photos(int n, Random r) {
        List<FaceFusionFit.Labelled> out = new ArrayList<>();
        int sources = FaceFusion.Source.values().length;
        for (int p = 0; p < n; p++) {
            List<EnsembleFaceDetector.Candidate> cs = new ArrayList<>();
            boolean[] face = new boolean[6];
            for (int c = 0; c < face.length; c++) {
                face[c] = c % 3 == 0;
                double[] best = new double[sources];
                int[] count = new int[sources];
                best[0] = 0.6 + 0.05 * r.nextGaussian();
                count[0] = 1;
                ScoredBox box = new ScoredBox(40 + 60 * c, 50, 80 + 60 * c, 95, best[0]);
                float[] e = new float[DIMS];
                for (int j = 0; j < DIMS; j++) {
                    e[j] = (float) (0.4 * r.nextGaussian() + (j == (face[c] ? 0 : 1) ? 1 : 0));
                }
                cs.add(new EnsembleFaceDetector.Candidate(new FaceCandidates.Cluster(box, best, count, 1), box.toBox(640, 480), e, false));
            }
            out.add(new FaceFusionFit.Labelled(cs, face, 640, 480));
        }
        return out;
    }

    @Test
    void theFittedFusionSeparatesFacesTheWindowsCannotTellApartByTheirEmbedding() {
        FaceFusion fusion = FaceFusionFit.fit(photos(60, new Random(1)), new FaceFusionFit.Params(40, 3, 0.3, 1.0, 1.0));

        int right = 0, all = 0;
        for (FaceFusionFit.Labelled ph : photos(20, new Random(2))) {
            List<FaceDetector.Face> found = EnsembleFaceDetector.accepted(fusion, ph.candidates(), ph.width(), ph.height(), 0.5);
            for (int c = 0; c < ph.face().length; c++) {
                Box b = ph.candidates().get(c).box();
                right += found.stream().anyMatch(f -> f.box().equals(b)) == ph.face()[c] ? 1 : 0;
                all++;
            }
        }
        assertThat(right).isGreaterThan((int) (0.9 * all));
        assertThat(fusion.probe().dimensions()).isEqualTo(DIMS);
    }

    @Test
    void crossValidationScoresEveryPhotoAndFindsItsFaces() {
        List<FaceFusionFit.Labelled> photos = photos(40, new Random(3));
        FaceFusionFit.Collected all = new FaceFusionFit.Collected(photos);

        List<List<FaceDetector.Face>> heldOut = FaceFusionFit.crossValidated(all, 4, 0.5);

        assertThat(heldOut).hasSize(photos.size());
        int faces = 0;
        for (List<FaceDetector.Face> f : heldOut) {
            faces += f.size();
        }
        assertThat(faces).isBetween((int) (0.9 * 2 * photos.size()), (int) (1.1 * 2 * photos.size()));
    }
}
