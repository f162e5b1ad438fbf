package io.veil.faces.eval;

import io.veil.faces.FaceFusionFit;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Refits the ensemble's face fusion on the even-numbered images of eval-dev {@code faces_kaggle_facemask}
 * (odd images stay held out for {@code FaceEval --half odd}) and writes the resource it loads.
 *
 * <pre>{@code
 * java -cp ... io.veil.faces.eval.FitFaceFusion ../shared/eval-dev veil-faces/src/main/resources/io/veil/faces/face-fusion.txt
 * }</pre>
 */
public final class FitFaceFusion {

    private FitFaceFusion() {
    }

    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: FitFaceFusion EVAL_DEV_DIR OUTPUT_FILE");
            System.exit(2);
        }
        Path set = Path.of(args[0]).resolve(FaceEval.KAGGLE);
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        List<FaceEval.Gold> gold = FaceEval.load(set);
        String summary = FaceFusionFit.fit(models,
                IntStream.range(0, gold.size()).filter(i -> i % 2 == 0).mapToObj(gold::get)
                        .map(g -> new FaceFusionFit.LabelledPhoto(FaceEval.read(g.file()), g.faces())),
                FaceEval::matches, Path.of(args[1]),
                List.of("Veil face fusion: gradient-boosted trees over the ensemble's window evidence (io.veil.faces.FaceFusion).",
                        "Written by io.veil.faces.eval.FitFaceFusion from the even-numbered images of eval-dev " + FaceEval.KAGGLE + "."));
        System.out.println(summary + " -> " + args[1]);
    }
}
