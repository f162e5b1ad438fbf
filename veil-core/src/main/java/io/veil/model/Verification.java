package io.veil.model;

import java.util.List;

/**
 * The result of scanning a redacted output again: passed when nothing that was redacted is still found and, when
 * faces were proven ({@code redact --prove-faces}, {@link io.veil.spi.FaceProof}), every redacted face is anonymous.
 *
 * @param passed           nothing residual and every face proof anonymous
 * @param residualFindings findings still detected over redacted regions
 * @param faceProofs       one proof per redacted face with its page, empty unless faces were proven
 */
public record Verification(boolean passed, List<Finding> residualFindings, List<FaceProofOnPage> faceProofs) {

    /**
     * A face proof and the page it is on.
     *
     * @param filledSolid the face failed the proof in the chosen style, so its region was filled solid and proven again
     */
    public record FaceProofOnPage(int page, FaceCheck check, boolean filledSolid) {
        public FaceProofOnPage {
            if (page < 1 || check == null) {
                throw new IllegalArgumentException("page >= 1 and a check are required");
            }
        }

        /** A face proven in the chosen style. */
        public FaceProofOnPage(int page, FaceCheck check) {
            this(page, check, false);
        }
    }

    public Verification {
        residualFindings = List.copyOf(residualFindings);
        faceProofs = List.copyOf(faceProofs);
        if (passed && (!residualFindings.isEmpty() || faceProofs.stream().anyMatch(p -> !p.check().anonymous()))) {
            throw new IllegalArgumentException("a verification with residual findings or a recognisable face cannot pass");
        }
    }

    /** Without face proofs. */
    public Verification(boolean passed, List<Finding> residualFindings) {
        this(passed, residualFindings, List.of());
    }
}
