package io.veil.faces.eval;

import io.veil.faces.EnsembleFaceDetector;
import io.veil.faces.FaceFusionFit;
import io.veil.model.Box;
import io.veil.spi.FaceDetector;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Fits the ensemble's face fusion on eval-dev {@code faces_kaggle_facemask}. It first prints a K-fold
 * cross-validated table: every image is scored by a fusion fitted without it, which estimates what the
 * shipped fusion does on photos it has never seen. It then fits on every image and writes the resource the
 * detector loads.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FitFaceFusion ../shared/eval-dev veil-faces/src/main/resources/io/veil/faces/face-fusion.txt [FOLDS]
 * }</pre>
 */
public final class FitFaceFusion {

    static final int FOLDS = 5;

    private FitFaceFusion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2 && args.length != 3) {
            System.err.println("usage: FitFaceFusion EVAL_DEV_DIR OUTPUT_FILE [FOLDS]");
            System.exit(2);
        }
        int folds = args.length == 3 ? Integer.parseInt(args[2]) : FOLDS;
        Path set = Path.of(args[0]).resolve(FaceEval.KAGGLE);
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        List<FaceEval.Gold> gold = FaceEval.load(set);
        FaceFusionFit.Collected all = FaceFusionFit.collect(models,
                gold.stream().map(g -> new FaceFusionFit.LabelledPhoto(FaceEval.read(g.file()), g.faces())), FaceEval::matches);
        List<List<Box>> heldOut = FaceFusionFit.crossValidated(all, folds, EnsembleFaceDetector.DEFAULT_ACCEPT).stream()
                .map(faces -> faces.stream().map(FaceDetector.Face::box).toList()).toList();
        System.out.print(FaceEval.table(EnsembleFaceDetector.ID + ", " + folds + "-fold cross-validated (image i in fold i mod " + folds + ")",
                List.of(FaceEval.score(FaceEval.KAGGLE + " held out", gold, heldOut, 0))));
        String summary = FaceFusionFit.fitAndWrite(all, Path.of(args[1]),
                List.of("Veil face fusion: gradient-boosted trees over the ensemble's window evidence and a faceness probe (io.veil.faces.FaceFusion).",
                        "Written by io.veil.faces.eval.FitFaceFusion from every image of eval-dev " + FaceEval.KAGGLE + "."));
        System.out.println(summary + " -> " + args[1]);
    }
}
