package io.veil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.DecodedDocument;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.Page;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.TextLayout;
import io.veil.model.TextSpan;
import io.veil.spi.BarcodeReader;
import io.veil.spi.EngineException;
import io.veil.spi.FaceDetector;
import io.veil.spi.OcrEngine;
import io.veil.spi.Recognizer;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The pipeline's own behaviour, with small stand-in stages: offsets become boxes, codes and faces become findings. */
class ScannerTest {
    private static final TextLayout LAYOUT = TextLayout.builder()
            .word("Mail:", new Box(10, 10, 50, 12), 0.9).space()
            .word("jane@example.com", new Box(70, 10, 160, 12), 0.9).build();

    /** Finds e-mail-shaped tokens; enough to drive the pipeline. */
    private static final Recognizer EMAILS = new Recognizer() {
        @Override
        public String id() {
            return "test-email";
        }

        @Override
        public List<Finding> find(String text, int page) {
            List<Finding> out = new ArrayList<>();
            Matcher m = Pattern.compile("\\S+@\\S+").matcher(text);
            while (m.find()) {
                out.add(Finding.inText(Category.EMAIL_ADDRESS, m.group(), page, new TextSpan(m.start(), m.end()), id(),
                        Explanation.of("email", 0.9), Map.of()));
            }
            return out;
        }
    };

    private static DecodedDocument onePage() {
        BufferedImage img = new BufferedImage(300, 100, BufferedImage.TYPE_3BYTE_BGR);
        return new DecodedDocument(new SourceInfo("a.png", "00", 1, "image/png", List.of(new io.veil.model.PageInfo(1, 300, 100, "px"))),
                List.of(Page.ofImage(1, img)), List.of());
    }

    private static Scanner.Builder base() {
        return Scanner.builder().decoder(new io.veil.spi.DocumentDecoder() {
            @Override
            public boolean supports(Path file) {
                return false;
            }

            @Override
            public DecodedDocument decode(Path file) {
                throw new UnsupportedOperationException();
            }
        }).recognizers(List.of(EMAILS)).resolver(f -> f);
    }

    private static OcrEngine fixedOcr(TextLayout layout) {
        return new OcrEngine() {
            @Override
            public TextLayout read(BufferedImage page) {
                return layout;
            }

            @Override
            public String version() {
                return "fixed";
            }
        };
    }

    @Test
    void textFindingsGetTheirBoxesFromTheLayout() {
        ScanResult r = base().ocr(fixedOcr(LAYOUT)).build().scan(onePage());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.boxes()).containsExactly(new Box(70, 10, 160, 12));
            assertThat(f.origin()).isEqualTo(Origin.OCR);
            assertThat(f.page()).isEqualTo(1);
        });
    }

    @Test
    void aBarcodePayloadIsRecognizedAndCoversTheWholeCode() {
        Box code = new Box(200, 20, 60, 60);
        BarcodeReader reader = img -> List.of(new BarcodeReader.Barcode("QR_CODE", "EMAIL:jane@example.com", code));
        ScanResult r = base().barcodes(reader).build().scan(onePage());
        assertThat(r.findings()).singleElement().satisfies(f -> {
            assertThat(f.boxes()).containsExactly(code);
            assertThat(f.span()).isNull();
            assertThat(f.attributes()).containsEntry("barcode_format", "QR_CODE");
        });
    }

    @Test
    void weakFacesAreDroppedAndStrongOnesReported() {
        FaceDetector faces = new FaceDetector() {
            @Override
            public List<Face> detect(BufferedImage image) {
                return List.of(new Face(new Box(10, 10, 30, 30), 0.9, "t"), new Face(new Box(100, 10, 30, 30), 0.2, "t"));
            }

            @Override
            public String version() {
                return "t";
            }
        };
        ScanResult r = base().faces(faces).minFaceScore(0.5).build().scan(onePage());
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.category()).isEqualTo(Category.FACE_BIOMETRIC));
    }

    @Test
    void boxesFoundOnARenderingAreReportedInPageUnits() {
        BufferedImage rendering = new BufferedImage(200, 100, BufferedImage.TYPE_3BYTE_BGR);
        Page pdfPage = new Page(1, new io.veil.model.PageInfo(1, 100, 50, "pt"), rendering, null);
        DecodedDocument doc = new DecodedDocument(new SourceInfo("a.pdf", "00", 1, "application/pdf", List.of(pdfPage.info())),
                List.of(pdfPage), List.of());
        FaceDetector faces = new FaceDetector() {
            @Override
            public List<Face> detect(BufferedImage image) {
                return List.of(new Face(new Box(20, 20, 40, 40), 0.9, "t"));
            }

            @Override
            public String version() {
                return "t";
            }
        };
        ScanResult r = base().ocr(fixedOcr(LAYOUT)).faces(faces).build().scan(doc);
        assertThat(r.findings()).extracting(f -> f.boxes().get(0))
                .containsExactlyInAnyOrder(new Box(35, 5, 80, 6), new Box(10, 10, 20, 20));
    }

    @Test
    void aTextLayerIsUsedInsteadOfOcr() {
        Page textPage = new Page(1, new io.veil.model.PageInfo(1, 300, 100, "pt"), null, LAYOUT);
        DecodedDocument doc = new DecodedDocument(new SourceInfo("a.pdf", "00", 1, "application/pdf", List.of(textPage.info())),
                List.of(textPage), List.of());
        OcrEngine mustNotRun = new OcrEngine() {
            @Override
            public TextLayout read(BufferedImage page) {
                throw new AssertionError("OCR ran on a page with a text layer");
            }

            @Override
            public String version() {
                return "never";
            }
        };
        ScanResult r = base().ocr(mustNotRun).build().scan(doc);
        assertThat(r.findings()).singleElement().satisfies(f -> assertThat(f.origin()).isEqualTo(Origin.TEXT));
    }

    @Test
    void anOcrFailureIsAPageErrorNotACrash() {
        OcrEngine broken = new OcrEngine() {
            @Override
            public TextLayout read(BufferedImage page) {
                throw new EngineException("tesseract could not start");
            }

            @Override
            public String version() {
                return "broken";
            }
        };
        ScanResult r = base().ocr(broken).build().scan(onePage());
        assertThat(r.failed()).isTrue();
        assertThat(r.errors()).singleElement().satisfies(e -> {
            assertThat(e.stage()).isEqualTo("ocr");
            assertThat(e.page()).isEqualTo(1);
        });
    }

    @Test
    void outputsTakeTheExtensionOfTheFormatWritten() {
        assertThat(Anonymizer.withExtension(Path.of("out/anim.gif"), "image/png")).isEqualTo(Path.of("out/anim.gif.png"));
        assertThat(Anonymizer.withExtension(Path.of("out/photo.JPG"), "image/jpeg")).isEqualTo(Path.of("out/photo.JPG"));
    }
}
