package io.veil.faces;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.faces.FaceFusion.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class FaceCandidatesTest {

    private static FaceCandidates.Seen seen(double x0, double y0, double x1, double y1, double score, Source s) {
        return new FaceCandidates.Seen(new ScoredBox(x0, y0, x1, y1, score), s);
    }

    @Test
    void overlappingBoxesOfTwoModelsBecomeOneCandidateWithBothEvidences() {
        List<FaceCandidates.Cluster> c = FaceCandidates.cluster(List.of(
                seen(100, 100, 140, 140, 0.9, Source.U0), seen(104, 102, 144, 142, 0.6, Source.B1), seen(300, 300, 320, 320, 0.5, Source.S0)));

        assertThat(c).hasSize(2);
        FaceCandidates.Cluster face = c.get(0);
        assertThat(face.members()).isEqualTo(2);
        assertThat(face.best()[Source.U0.ordinal()]).isEqualTo(0.9);
        assertThat(face.best()[Source.B1.ordinal()]).isEqualTo(0.6);
        assertThat(face.count()[Source.S0.ordinal()]).isZero();
        // score-weighted position: 0.9 × 100 + 0.6 × 104 over 1.5
        assertThat(face.box().x0()).isEqualTo(101.6, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(face.box().score()).isEqualTo(0.9);
    }

    @Test
    void aSmallCrowdFaceInsideALargerBoxStaysItsOwnCandidate() {
        List<FaceCandidates.Cluster> c = FaceCandidates.cluster(List.of(
                seen(0, 0, 100, 100, 0.9, Source.U0), seen(10, 10, 30, 30, 0.5, Source.B2)));

        assertThat(c).hasSize(2);
    }

    @Test
    void aFaceCutAtATileEdgeJoinsTheFullFaceAsEvidenceWithoutMovingIt() {
        List<FaceCandidates.Cluster> c = FaceCandidates.cluster(List.of(
                seen(0, 0, 100, 100, 0.9, Source.U0), seen(0, 0, 100, 30, 0.7, Source.U1)));

        assertThat(c).singleElement().satisfies(k -> {
            assertThat(k.members()).isEqualTo(2);
            assertThat(k.best()[Source.U1.ordinal()]).isEqualTo(0.7);
            assertThat(k.box().y1()).isEqualTo(100);
        });
    }
}
