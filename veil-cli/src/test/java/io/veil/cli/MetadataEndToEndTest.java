package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.drew.imaging.ImageMetadataReader;
import com.drew.metadata.Directory;
import com.drew.metadata.exif.ExifIFD0Directory;
import com.drew.metadata.exif.ExifSubIFDDirectory;
import com.drew.metadata.exif.GpsDirectory;
import com.drew.metadata.jpeg.JpegCommentDirectory;
import com.drew.metadata.png.PngDirectory;
import com.drew.metadata.xmp.XmpDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.cli.samples.SyntheticDocuments;
import io.veil.imaging.TestImages;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Metadata through the whole product: a JPEG carrying EXIF (with GPS), XMP and a comment, and a PNG carrying
 * tEXt and tIME chunks, are redacted with {@code veil redact}; the outputs carry none of it (by metadata-extractor
 * and by their raw bytes), and each report names what the input carried without repeating any of its values.
 * Segment and chunk builders are minimal copies of veil-imaging's {@code TestImages}.
 */
class MetadataEndToEndTest {
    /** Synthetic values planted in metadata only (never drawn in pixels), so their absence means it was stripped. */
    private static final String CREATOR = "Jane Example"; // the creator TestImages.xmpSegment() names
    private static final String COMMENT = "shot at 221B Baker Street";

    @TempDir
    static Path dir;
    static Path out;
    static byte[] jpegIn;
    static byte[] pngIn;
    static int exitCode;

    @BeforeAll
    static void redactTaggedImages() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        out = dir.resolve("out");
        jpegIn = TestImages.spliceAfterSoi(encode("jpeg"), TestImages.exifSegment(1, true), TestImages.xmpSegment(), TestImages.commentSegment(COMMENT));
        pngIn = TestImages.pngWithChunks(encode("png"), TestImages.pngText("Author", CREATOR), TestImages.pngText("Comment", COMMENT),
                TestImages.pngChunk("tIME", new byte[] {7, (byte) 0xE8, 1, 2, 3, 4, 5}));
        Files.write(in.resolve("photo.jpg"), jpegIn);
        Files.write(in.resolve("scan.png"), pngIn);
        exitCode = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("audit.db").toString(),
                "--no-faces");
    }

    @Test
    void theFixturesReallyCarryTheMetadata() throws Exception {
        assertThat(directories(jpegIn)).hasAtLeastOneElementOfType(GpsDirectory.class)
                .hasAtLeastOneElementOfType(ExifIFD0Directory.class).hasAtLeastOneElementOfType(XmpDirectory.class)
                .hasAtLeastOneElementOfType(JpegCommentDirectory.class);
        assertThat(TestImages.pngChunkTypes(pngIn)).contains("tEXt", "tIME");
        assertThat(TestImages.contains(jpegIn, CREATOR)).isTrue();
    }

    @Test
    void bothFilesAreRedacted() {
        assertThat(exitCode).isZero();
        assertThat(out.resolve("photo.jpg")).exists();
        assertThat(out.resolve("scan.png")).exists();
    }

    @Test
    void theJpegOutputCarriesNoExifGpsXmpOrComment() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve("photo.jpg"));

        assertThat(directories(bytes)).noneMatch(d -> d instanceof ExifIFD0Directory || d instanceof ExifSubIFDDirectory
                || d instanceof GpsDirectory || d instanceof XmpDirectory || d instanceof JpegCommentDirectory);
        assertThat(jpegMarkersBeforeScan(bytes)).as("segments before the scan").noneMatch(m -> (m >= 0xE1 && m <= 0xEF) || m == 0xFE);
        assertThat(TestImages.contains(bytes, "Exif")).isFalse();
        assertThat(TestImages.contains(bytes, "http://ns.adobe.com/xap")).isFalse();
        assertThat(TestImages.contains(bytes, CREATOR)).isFalse();
        assertThat(TestImages.contains(bytes, COMMENT)).isFalse();
    }

    @Test
    void thePngOutputCarriesOnlyPixelChunks() throws Exception {
        byte[] bytes = Files.readAllBytes(out.resolve("scan.png"));

        assertThat(TestImages.pngChunkTypes(bytes)).containsOnly("IHDR", "IDAT", "IEND");
        assertThat(directories(bytes)).filteredOn(d -> d instanceof PngDirectory)
                .map(d -> ((PngDirectory) d).getPngChunkType().getIdentifier())
                .doesNotContain("tEXt", "zTXt", "iTXt", "tIME", "eXIf");
        assertThat(TestImages.contains(bytes, CREATOR)).isFalse();
        assertThat(TestImages.contains(bytes, COMMENT)).isFalse();
    }

    @Test
    void theJpegReportNamesTheMetadataTheInputCarried() throws Exception {
        JsonNode report = report("photo.jpg.json");

        assertThat(names(report.path("compliance_metadata").path("metadata_found"))).contains("exif", "gps", "xmp", "comment");
        assertThat(report.toString()).doesNotContain(CREATOR).doesNotContain(COMMENT);
    }

    @Test
    void thePngReportNamesTheMetadataTheInputCarried() throws Exception {
        JsonNode report = report("scan.png.json");

        assertThat(names(report.path("compliance_metadata").path("metadata_found"))).contains("text", "timestamp")
                .doesNotContain("exif", "gps");
        assertThat(report.toString()).doesNotContain(CREATOR).doesNotContain(COMMENT);
    }

    private static JsonNode report(String name) throws Exception {
        return new ObjectMapper().readTree(out.resolve(name).toFile());
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static List<Directory> directories(byte[] bytes) throws Exception {
        List<Directory> dirs = new ArrayList<>();
        ImageMetadataReader.readMetadata(new java.io.ByteArrayInputStream(bytes), bytes.length).getDirectories().forEach(dirs::add);
        return dirs;
    }

    /** The screenshot (synthetic PII in pixels) encoded with the JDK's writer, with no metadata of its own. */
    private static byte[] encode(String format) throws Exception {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        assertThat(ImageIO.write(SyntheticDocuments.screenshot(), format, bytes)).isTrue();
        return bytes.toByteArray();
    }

    /** The marker of every segment from SOI up to the first SOS. */
    private static List<Integer> jpegMarkersBeforeScan(byte[] jpeg) {
        List<Integer> markers = new ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(jpeg);
        b.position(2);
        while (b.remaining() >= 4) {
            int ff = b.get() & 0xFF;
            int marker = b.get() & 0xFF;
            assertThat(ff).as("segment start").isEqualTo(0xFF);
            if (marker == 0xDA) {
                break;
            }
            markers.add(marker);
            int length = b.getShort() & 0xFFFF; // counts its own two bytes
            b.position(b.position() + length - 2);
        }
        return markers;
    }
}
