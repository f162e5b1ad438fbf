package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import io.veil.imaging.TestImages;
import io.veil.model.TextLayout;
import io.veil.ocr.TesseractOcrEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every page of a multi-page file is redacted; formats Veil cannot write come out as PNG; bombs are refused. */
class FormatsEndToEndTest {
    private static final Path TESSDATA = Path.of(System.getProperty("veil.models", "missing")).resolve("tessdata");

    @TempDir
    Path dir;

    private int redact(Path in, String... extra) {
        List<String> args = new ArrayList<>(List.of("redact", in.toString(), "--out", dir.resolve("out").toString(),
                "--audit-db", dir.resolve("a.db").toString(), "--no-faces"));
        args.addAll(List.of(extra));
        return Main.run(args.toArray(String[]::new));
    }

    private static List<BufferedImage> tiffPages(Path tiff) throws Exception {
        List<BufferedImage> pages = new ArrayList<>();
        try (ImageInputStream in = ImageIO.createImageInputStream(tiff.toFile())) {
            ImageReader reader = ImageIO.getImageReaders(in).next();
            reader.setInput(in);
            for (int i = 0; i < reader.getNumImages(true); i++) {
                pages.add(reader.read(i));
            }
            reader.dispose();
        }
        return pages;
    }

    @Test
    void everyPageOfAMultiPageTiffIsRedacted() throws Exception {
        Path in = dir.resolve("scans.tif");
        Files.write(in, TestImages.encode("tiff", SyntheticDocuments.screenshot(), SyntheticDocuments.invoice()));

        assertThat(redact(in)).isZero();

        List<BufferedImage> pages = tiffPages(dir.resolve("out/scans.tif"));
        assertThat(pages).hasSize(2);
        try (TesseractOcrEngine ocr = TesseractOcrEngine.open(TESSDATA)) {
            String page1 = ocr.read(pages.get(0)).text();
            String page2 = ocr.read(pages.get(1)).text();
            assertThat(page1).contains("Subject").doesNotContain("example.org").doesNotContain("192.0.2.44");
            assertThat(page2).contains("INVOICE").doesNotContain("jane.doe").doesNotContain("7946");
        }
        JsonNode report = new ObjectMapper().readTree(dir.resolve("out/scans.tif.json").toFile());
        assertThat(report.path("source").path("pages")).hasSize(2);
        List<Integer> pagesWithFindings = new ArrayList<>();
        report.path("pii_instances").forEach(i -> pagesWithFindings.add(i.path("location").path("page").asInt()));
        assertThat(pagesWithFindings).contains(1, 2);
    }

    @Test
    void aGifComesOutAsPngWithThePngExtensionAppended() throws Exception {
        Path in = dir.resolve("shot.gif");
        ImageIO.write(SyntheticDocuments.screenshot(), "gif", in.toFile());

        assertThat(redact(in)).isZero();

        assertThat(dir.resolve("out/shot.gif")).doesNotExist();
        byte[] png = Files.readAllBytes(dir.resolve("out/shot.gif.png"));
        assertThat(new String(png, 1, 3, java.nio.charset.StandardCharsets.ISO_8859_1)).isEqualTo("PNG");
        try (TesseractOcrEngine ocr = TesseractOcrEngine.open(TESSDATA)) {
            TextLayout text = ocr.read(ImageIO.read(dir.resolve("out/shot.gif.png").toFile()));
            assertThat(text.text()).doesNotContain("example.org");
        }
    }

    @Test
    void twoInputsThatBecomeTheSameFormatNeverOverwriteEachOther() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        ImageIO.write(SyntheticDocuments.screenshot(), "gif", folder.resolve("a.gif").toFile());
        ImageIO.write(SyntheticDocuments.idCard(null), "png", folder.resolve("a.png").toFile());

        assertThat(redact(folder)).isZero();

        assertThat(ImageIO.read(dir.resolve("out/a.gif.png").toFile()).getWidth()).isEqualTo(900);
        assertThat(ImageIO.read(dir.resolve("out/a.png").toFile()).getWidth()).isEqualTo(1012);
    }

    @Test
    void aDecompressionBombIsRefusedWithoutStoppingTheBatch() throws Exception {
        Path folder = Files.createDirectories(dir.resolve("in"));
        Files.write(folder.resolve("bomb.png"), TestImages.pngDeclaring(100_000, 100_000));
        ImageIO.write(SyntheticDocuments.idCard(null), "png", folder.resolve("card.png").toFile());

        assertThat(redact(folder, "--max-megapixels", "50")).isEqualTo(1);

        assertThat(dir.resolve("out/card.png")).exists();
        JsonNode report = new ObjectMapper().readTree(dir.resolve("out/bomb.png.json").toFile());
        assertThat(report.path("errors").get(0).path("message").asText()).contains("100000x100000").contains("50 megapixels");
    }

    @Test
    void solidFaceStyleFillsEveryFaceRegionWithBlack() throws Exception {
        Path sample = Path.of(System.getProperty("veil.models", "missing"), "samples/sample1.jpg");
        org.assertj.core.api.Assumptions.assumeThat(sample).as("group photo from the pinned face-api package").exists();
        Path in = Files.copy(sample, dir.resolve("group.jpg"));

        assertThat(Main.run("redact", in.toString(), "--out", dir.resolve("out").toString(), "--audit-db",
                dir.resolve("a.db").toString(), "--no-ocr", "--face-style", "solid")).isZero();

        BufferedImage out = ImageIO.read(dir.resolve("out/group.jpg").toFile());
        JsonNode regions = new ObjectMapper().readTree(dir.resolve("out/group.jpg.json").toFile()).path("redaction_map").path("blur_regions");
        assertThat(regions).isNotEmpty();
        for (JsonNode r : regions) {
            int cx = r.path("x").asInt() + r.path("width").asInt() / 2;
            int cy = r.path("y").asInt() + r.path("height").asInt() / 2;
            int rgb = out.getRGB(cx, cy);
            int brightness = ((rgb >> 16) & 0xFF) + ((rgb >> 8) & 0xFF) + (rgb & 0xFF);
            assertThat(brightness).as("centre of the face at %d,%d", cx, cy).isLessThan(30);
        }
    }
}
