package io.veil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.model.DecodedDocument;
import io.veil.model.FaceCheck;
import io.veil.model.FaceStyle;
import io.veil.model.Finding;
import io.veil.model.Page;
import io.veil.model.PageInfo;
import io.veil.model.PageRedaction;
import io.veil.model.SourceInfo;
import io.veil.spi.DocumentDecoder;
import io.veil.spi.DocumentRedactor;
import io.veil.spi.FaceDetector;
import io.veil.spi.FaceProof;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The face proof in the verification step: a redaction that defeats the detector but leaves the face
 * recognisable fails the file and writes nothing; a redaction that destroys the face passes with its proof.
 */
class AnonymizerFaceProofTest {
    private static final Box FACE = new Box(40, 30, 40, 40);

    /** "Finds" the face while the pixel at its centre is not black: a detector a single dot defeats. */
    private static final FaceDetector CENTRE_DETECTOR = new FaceDetector() {
        @Override
        public List<Face> detect(BufferedImage image) {
            int rgb = image.getRGB(FACE.x() + FACE.width() / 2, FACE.y() + FACE.height() / 2) & 0xffffff;
            return rgb == 0 ? List.of() : List.of(new Face(FACE, 0.9, "centre"));
        }

        @Override
        public String version() {
            return "centre";
        }
    };

    /** "Recognises" a face by the share of its pixels left unchanged. */
    private static final FaceProof PIXEL_PROOF = new FaceProof() {
        @Override
        public List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces) {
            List<FaceCheck> out = new ArrayList<>();
            for (Box b : faces) {
                int same = 0;
                for (int y = b.y(); y < b.bottom(); y++) {
                    for (int x = b.x(); x < b.right(); x++) {
                        same += original.getRGB(x, y) == redacted.getRGB(x, y) ? 1 : 0;
                    }
                }
                out.add(new FaceCheck(b, (double) same / b.area(), 0.5, !CENTRE_DETECTOR.detect(redacted).isEmpty()));
            }
            return out;
        }

        @Override
        public String version() {
            return "pixels";
        }
    };

    private static final DocumentDecoder PNG = new DocumentDecoder() {
        @Override
        public boolean supports(Path file) {
            return true;
        }

        @Override
        public DecodedDocument decode(Path file) {
            try {
                BufferedImage img = ImageIO.read(file.toFile());
                return new DecodedDocument(new SourceInfo(file.getFileName().toString(), "00", Files.size(file), "image/png",
                        List.of(new PageInfo(1, img.getWidth(), img.getHeight(), "px"))), List.of(Page.ofImage(1, img)), List.of());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    };

    /** Paints the planned face regions black: whole (a real redaction) or only their centre pixel (a cosmetic one). */
    private static DocumentRedactor painter(boolean wholeFace) {
        return new DocumentRedactor() {
            @Override
            public boolean supports(String mediaType) {
                return true;
            }

            @Override
            public String redact(Path input, DecodedDocument doc, List<Finding> findings, List<PageRedaction> plan,
                                 FaceStyle faceStyle, Path out) throws IOException {
                BufferedImage img = ImageIO.read(input.toFile());
                Graphics2D g = img.createGraphics();
                g.setColor(Color.BLACK);
                for (Box b : plan.get(0).fills()) {
                    g.fillRect(b.x(), b.y(), b.width(), b.height());
                }
                for (Box b : plan.get(0).faces()) {
                    if (wholeFace) {
                        g.fillRect(b.x(), b.y(), b.width(), b.height());
                    } else {
                        g.fillRect(FACE.x() + FACE.width() / 2, FACE.y() + FACE.height() / 2, 1, 1);
                    }
                }
                g.dispose();
                ImageIO.write(img, "png", out.toFile());
                return "image/png";
            }
        };
    }

    private static Path photo(Path dir) throws IOException {
        BufferedImage img = new BufferedImage(120, 100, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < img.getHeight(); y++) {
            for (int x = 0; x < img.getWidth(); x++) {
                img.setRGB(x, y, 0x404040 + ((x * 7 + y * 13) % 128) * 0x010101);
            }
        }
        Path p = dir.resolve("photo.png");
        ImageIO.write(img, "png", p.toFile());
        return p;
    }

    private static Anonymizer anonymizer(boolean wholeFace) {
        return anonymizer(wholeFace, FaceStyle.SOLID);
    }

    private static Anonymizer anonymizer(boolean wholeFace, FaceStyle style) {
        Scanner scanner = Scanner.builder().decoder(PNG).faces(CENTRE_DETECTOR).recognizers(List.of()).resolver(f -> f).build();
        return new Anonymizer(scanner, new RedactionPlanner(0), List.of(painter(wholeFace)), style);
    }

    @Test
    void aBlurThatLeavesTheFaceRecognisableIsFilledSolidAndProvenAgain(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.png");

        Anonymizer.Outcome o = anonymizer(false, FaceStyle.BLUR).withFaceProof(PIXEL_PROOF).redact(photo(dir), out);

        assertThat(o.output()).isEqualTo(out).exists();
        assertThat(o.result().verification().passed()).isTrue();
        assertThat(o.result().verification().faceProofs()).singleElement().satisfies(p -> {
            assertThat(p.filledSolid()).isTrue();
            assertThat(p.check().anonymous()).isTrue();
        });
        BufferedImage written = ImageIO.read(out.toFile());
        for (int y = FACE.y(); y < FACE.bottom(); y++) {
            for (int x = FACE.x(); x < FACE.right(); x++) {
                assertThat(written.getRGB(x, y) & 0xffffff).isZero();
            }
        }
    }

    @Test
    void aFaceStillRecognisedAfterTheSolidFillFailsTheFile(@TempDir Path dir) throws IOException {
        FaceProof alwaysMatches = new FaceProof() {
            @Override
            public List<FaceCheck> prove(BufferedImage original, BufferedImage redacted, List<Box> faces) {
                return faces.stream().map(b -> new FaceCheck(b, 0.9, 0.5, false)).toList();
            }

            @Override
            public String version() {
                return "always";
            }
        };
        Path out = dir.resolve("out.png");

        Anonymizer.Outcome o = anonymizer(false, FaceStyle.BLUR).withFaceProof(alwaysMatches).redact(photo(dir), out);

        assertThat(o.output()).isNull();
        assertThat(out).doesNotExist();
        assertThat(o.result().verification().faceProofs()).singleElement().satisfies(p -> {
            assertThat(p.filledSolid()).isTrue();
            assertThat(p.check().matches()).isTrue();
        });
    }

    @Test
    void aFaceThatOnlyFoolsTheDetectorFailsTheProofAndNothingIsWritten(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.png");

        Anonymizer.Outcome o = anonymizer(false).withFaceProof(PIXEL_PROOF).redact(photo(dir), out);

        assertThat(o.output()).isNull();
        assertThat(out).doesNotExist();
        assertThat(o.result().verification().passed()).isFalse();
        assertThat(o.result().verification().faceProofs()).singleElement().satisfies(p -> {
            assertThat(p.check().matches()).isTrue();
            assertThat(p.check().detected()).isFalse();
        });
        assertThat(o.result().errors()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo("verify");
            assertThat(e.message()).contains("1 redacted face(s) still matched or detected");
        });
    }

    @Test
    void withoutTheProofTheSameCosmeticRedactionPasses(@TempDir Path dir) throws IOException {
        Anonymizer.Outcome o = anonymizer(false).redact(photo(dir), dir.resolve("out.png"));

        assertThat(o.result().verification().passed()).isTrue();
        assertThat(o.result().verification().faceProofs()).isEmpty();
    }

    @Test
    void aDestroyedFacePassesWithItsProof(@TempDir Path dir) throws IOException {
        Path out = dir.resolve("out.png");

        Anonymizer.Outcome o = anonymizer(true).withFaceProof(PIXEL_PROOF).redact(photo(dir), out);

        assertThat(o.output()).isEqualTo(out).exists();
        assertThat(o.result().verification().passed()).isTrue();
        assertThat(o.result().verification().faceProofs()).singleElement().satisfies(p -> {
            assertThat(p.page()).isEqualTo(1);
            assertThat(p.check().box()).isEqualTo(FACE);
            assertThat(p.check().anonymous()).isTrue();
        });
    }
}
