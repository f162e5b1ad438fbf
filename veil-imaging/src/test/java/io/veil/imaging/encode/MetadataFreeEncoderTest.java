package io.veil.imaging.encode;

import static io.veil.imaging.TestImages.corners;
import static io.veil.imaging.TestImages.encode;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import io.veil.imaging.TestImages;
import io.veil.imaging.ingest.ImageDecoder;
import io.veil.imaging.ingest.ImageFormat;
import io.veil.imaging.ingest.MetadataInventory;
import io.veil.model.DecodedDocument;
import io.veil.model.Page;
import java.awt.image.BufferedImage;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class MetadataFreeEncoderTest {
    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();
    private final MetadataFreeEncoder encoder = new MetadataFreeEncoder();

    private DecodedDocument decode(String name, byte[] bytes) throws Exception {
        return decoder.decode(Files.write(dir.resolve(name), bytes));
    }

    private static List<BufferedImage> images(DecodedDocument doc) {
        return doc.pages().stream().map(Page::image).toList();
    }

    @Test
    void jpegWithExifGpsAndXmpIsReencodedWithNoneOfIt() throws Exception {
        byte[] jpeg = TestImages.spliceAfterSoi(encode("jpeg", corners(64, 48)),
                TestImages.exifSegment(1, true), TestImages.xmpSegment(), TestImages.commentSegment("taken by Jane Example"));
        DecodedDocument doc = decode("camera.jpg", jpeg);
        assertThat(doc.metadataFound()).contains("exif", "gps", "xmp", "comment");
        Path out = dir.resolve("out.jpg");

        String written = encoder.write(images(doc), doc.source().mediaType(), out);

        byte[] bytes = Files.readAllBytes(out);
        assertThat(written).isEqualTo("image/jpeg");
        assertThat(directories(out)).noneMatch(d -> d instanceof ExifIFD0Directory || d instanceof ExifSubIFDDirectory
                || d instanceof GpsDirectory || d instanceof XmpDirectory || d instanceof JpegCommentDirectory);
        assertThat(TestImages.contains(bytes, "Exif")).isFalse();
        assertThat(TestImages.contains(bytes, "http://ns.adobe.com/xap")).isFalse();
        assertThat(TestImages.contains(bytes, "Jane")).isFalse();
        assertThat(new String(bytes, 6, 4, StandardCharsets.ISO_8859_1)).as("plain JFIF").isEqualTo("JFIF");
        assertThat(MetadataInventory.read(bytes, ImageFormat.JPEG).blocks()).isEmpty();
    }

    @Test
    void pngWithTextAndTimeChunksIsReencodedWithOnlyPixelChunks() throws Exception {
        byte[] png = TestImages.pngWithChunks(encode("png", corners(32, 32)),
                TestImages.pngText("Author", "Jane Example"), TestImages.pngChunk("tIME", new byte[] {7, (byte) 0xE8, 1, 2, 3, 4, 5}));
        DecodedDocument doc = decode("screenshot.png", png);
        assertThat(doc.metadataFound()).contains("text", "timestamp");
        Path out = dir.resolve("out.png");

        encoder.write(images(doc), doc.source().mediaType(), out);

        assertThat(TestImages.pngChunkTypes(Files.readAllBytes(out))).containsOnly("IHDR", "IDAT", "IEND");
        assertThat(TestImages.contains(Files.readAllBytes(out), "Jane")).isFalse();
    }

    @ParameterizedTest(name = "{0} input ({1} page(s)) is written as {2}")
    @CsvSource({
        "image/png, 1, image/png", "image/jpeg, 1, image/jpeg", "image/tiff, 1, image/tiff", "image/tiff, 3, image/tiff",
        "image/bmp, 1, image/bmp", "image/gif, 1, image/png", "image/gif, 4, image/tiff", "image/webp, 1, image/png",
    })
    void outputFormatFollowsTheInputWhereAWriterExists(String input, int pages, String expected) {
        assertThat(MetadataFreeEncoder.outputMediaType(input, pages)).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} is written with extension .{1}")
    @CsvSource({"image/png, png", "image/jpeg, jpg", "image/tiff, tif", "image/bmp, bmp"})
    void extensionFollowsTheMediaTypeWritten(String mediaType, String extension) {
        assertThat(MetadataFreeEncoder.extensionFor(mediaType)).isEqualTo(extension);
    }

    @Test
    void extensionOfAMediaTypeNeverWrittenIsAnError() {
        assertThatThrownBy(() -> MetadataFreeEncoder.extensionFor("image/webp")).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0} pixels survive the round trip exactly")
    @CsvSource({"png, image/png", "tiff, image/tiff", "bmp, image/bmp", "gif, image/gif"})
    void losslessFormatsKeepEveryPixelAndGainNoMetadata(String format, String mediaType) throws Exception {
        DecodedDocument doc = decode("in." + format, encode(format, corners(40, 30)));
        Path out = dir.resolve("out.bin");

        String written = encoder.write(images(doc), mediaType, out);

        DecodedDocument again = decode("again.bin", Files.readAllBytes(out));
        assertThat(again.source().mediaType()).isEqualTo(written);
        assertThat(samePixels(doc.pages().get(0).image(), again.pages().get(0).image())).isTrue();
        assertThat(again.metadataFound()).isEmpty();
    }

    @Test
    void multiPageTiffStaysMultiPage() throws Exception {
        DecodedDocument doc = decode("fax.tif", encode("tiff", corners(40, 30), corners(50, 20), corners(30, 60)));
        Path out = dir.resolve("fax-out.tif");

        assertThat(encoder.write(images(doc), "image/tiff", out)).isEqualTo("image/tiff");

        DecodedDocument again = decoder.decode(out);
        assertThat(again.pages()).extracting(p -> p.info().width() + "x" + p.info().height()).containsExactly("40x30", "50x20", "30x60");
        assertThat(again.metadataFound()).isEmpty();
    }

    @Test
    void animatedGifBecomesAMultiPageTiff() throws Exception {
        DecodedDocument doc = decode("anim.gif", encode("gif", corners(20, 20), corners(20, 20)));
        Path out = dir.resolve("anim-out");

        assertThat(encoder.write(images(doc), "image/gif", out)).isEqualTo("image/tiff");
        assertThat(decoder.decode(out).pages()).hasSize(2);
    }

    @Test
    void shorterOutputOverALongerFileLeavesNoOldTail() throws Exception {
        Path out = Files.write(dir.resolve("reused.png"), new byte[200_000]);

        encoder.write(List.of(corners(8, 8)), "image/png", out);

        assertThat(Files.size(out)).isLessThan(10_000);
        assertThat(decoder.decode(out).pages()).hasSize(1);
    }

    private static List<Directory> directories(Path file) throws Exception {
        List<Directory> out = new ArrayList<>();
        ImageMetadataReader.readMetadata(file.toFile()).getDirectories().forEach(out::add);
        return out;
    }

    private static boolean samePixels(BufferedImage a, BufferedImage b) {
        if (a.getWidth() != b.getWidth() || a.getHeight() != b.getHeight()) {
            return false;
        }
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    return false;
                }
            }
        }
        return true;
    }
}
