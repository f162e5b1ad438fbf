package io.veil.imaging.ingest;

import static io.veil.imaging.TestImages.corners;
import static io.veil.imaging.TestImages.encode;
import static io.veil.imaging.TestImages.near;
import static io.veil.imaging.TestImages.rgb;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.imaging.TestImages;
import io.veil.model.DecodedDocument;
import io.veil.model.Page;
import io.veil.spi.InputRejectedException;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ImageDecoderTest {
    private static final int RED = 0xFF0000, GREEN = 0x00FF00, BLUE = 0x0000FF;

    @TempDir
    Path dir;

    private final ImageDecoder decoder = new ImageDecoder();

    private Path write(String name, byte[] bytes) throws Exception {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    @ParameterizedTest(name = "{0} round-trips as {2}")
    @CsvSource({
        "png,  x.png,  image/png,  0",
        "jpeg, x.jpg,  image/jpeg, 40",
        "tiff, x.tif,  image/tiff, 0",
        "bmp,  x.bmp,  image/bmp,  0",
        "gif,  x.gif,  image/gif,  0",
    })
    void everyAcceptedFormatDecodesToOneUprightBgrPage(String format, String name, String mediaType, int tolerance) throws Exception {
        Path file = write(name, encode(format, corners(64, 48)));

        assertThat(decoder.supports(file)).isTrue();
        DecodedDocument doc = decoder.decode(file);

        assertThat(doc.source().mediaType()).isEqualTo(mediaType);
        assertThat(doc.pages()).hasSize(1);
        BufferedImage page = doc.pages().get(0).image();
        assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(page.getWidth()).isEqualTo(64);
        assertThat(page.getHeight()).isEqualTo(48);
        assertThat(near(rgb(page, 2, 2), RED, tolerance)).as("red top-left").isTrue();
        assertThat(near(rgb(page, 61, 2), GREEN, tolerance)).as("green top-right").isTrue();
        assertThat(near(rgb(page, 2, 45), BLUE, tolerance)).as("blue bottom-left").isTrue();
    }

    @Test
    void webpIsReadThroughTwelveMonkeys() throws Exception {
        DecodedDocument doc = decoder.decode(write("tiny.webp", TestImages.tinyWebp()));

        assertThat(doc.source().mediaType()).isEqualTo("image/webp");
        assertThat(doc.pages()).singleElement().satisfies(p -> assertThat(p.info().width()).isEqualTo(1));
    }

    @Test
    void formatIsDetectedByContentNotByName() throws Exception {
        Path file = write("holiday.jpg", encode("png", corners(16, 16)));

        assertThat(decoder.decode(file).source().mediaType()).isEqualTo("image/png");
    }

    @Test
    void exifOrientationSixTurnsThePageAQuarterClockwise() throws Exception {
        byte[] jpeg = TestImages.spliceAfterSoi(encode("jpeg", corners(64, 48)), TestImages.exifSegment(6, false));

        DecodedDocument doc = decoder.decode(write("portrait.jpg", jpeg));

        Page page = doc.pages().get(0);
        assertThat(page.info().width()).isEqualTo(48);
        assertThat(page.info().height()).isEqualTo(64);
        assertThat(doc.source().pages().get(0).width()).isEqualTo(48);
        assertThat(near(rgb(page.image(), 45, 2), RED, 40)).as("stored top-left is now top-right").isTrue();
    }

    @ParameterizedTest(name = "orientation {0}: red at {1}, green at {2}, sides swapped {3}")
    @CsvSource({
        "1, TL, TR, false", "2, TR, TL, false", "3, BR, BL, false", "4, BL, BR, false",
        "5, TL, BL, true",  "6, TR, BR, true",  "7, BR, TR, true",  "8, BL, TL, true",
    })
    void everyExifOrientationIsApplied(int orientation, String red, String green, boolean swapped) throws Exception {
        byte[] jpeg = TestImages.spliceAfterSoi(encode("jpeg", corners(64, 48)), TestImages.exifSegment(orientation, false));

        BufferedImage page = decoder.decode(write("o.jpg", jpeg)).pages().get(0).image();

        assertThat(page.getWidth()).isEqualTo(swapped ? 48 : 64);
        assertThat(near(colourAt(page, red), RED, 40)).as("red").isTrue();
        assertThat(near(colourAt(page, green), GREEN, 40)).as("green").isTrue();
    }

    private static int colourAt(BufferedImage img, String corner) {
        int x = corner.charAt(1) == 'L' ? 2 : img.getWidth() - 3;
        int y = corner.charAt(0) == 'T' ? 2 : img.getHeight() - 3;
        return rgb(img, x, y);
    }

    @Test
    void multiPageTiffDecodesToEveryPage() throws Exception {
        byte[] tiff = encode("tiff", corners(40, 30), corners(50, 20), corners(30, 60));

        DecodedDocument doc = decoder.decode(write("scan.tif", tiff));

        assertThat(doc.pages()).extracting(p -> p.info().width() + "x" + p.info().height()).containsExactly("40x30", "50x20", "30x60");
        assertThat(doc.source().pages()).extracting(p -> p.number()).containsExactly(1, 2, 3);
    }

    @Test
    void everyFrameOfAnAnimatedGifIsAPage() throws Exception {
        byte[] gif = encode("gif", corners(32, 32), TestImages.corners(32, 32));

        assertThat(decoder.decode(write("anim.gif", gif)).pages()).hasSize(2);
    }

    @Test
    void moreTiffPagesThanTheLimitAreRefused() throws Exception {
        Path file = write("long.tif", encode("tiff", corners(8, 8), corners(8, 8), corners(8, 8)));
        ImageDecoder twoPages = new ImageDecoder(DecodeLimits.defaults().withMaxPages(2));

        assertThatThrownBy(() -> twoPages.decode(file)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("long.tif has more than 2 pages");
    }

    @Test
    void documentOverTheTotalPixelBudgetIsRefused() throws Exception {
        Path file = write("big.tif", encode("tiff", corners(100, 100), corners(100, 100)));
        ImageDecoder small = new ImageDecoder(new DecodeLimits(10_000, 15_000, 10, 1_000, 1 << 20));

        assertThatThrownBy(() -> small.decode(file)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("over the document budget");
    }

    @Test
    void pngDeclaringHugeDimensionsIsRefusedBeforeDecoding() throws Exception {
        Path file = write("bomb.png", TestImages.pngDeclaring(100_000, 100_000));

        assertThatThrownBy(() -> decoder.decode(file)).isInstanceOf(InputRejectedException.class)
                .hasMessage("PNG declares 100000x100000 px (10 gigapixels) in bomb.png, over the budget of 100 megapixels");
    }

    @Test
    void jpegFrameHeaderDeclaringHugeDimensionsIsRefused() throws Exception {
        byte[] jpeg = encode("jpeg", corners(16, 16));
        int sof = indexOfMarker(jpeg, 0xC0);
        jpeg[sof + 5] = (byte) 0xEA; // height 60000
        jpeg[sof + 6] = (byte) 0x60;
        jpeg[sof + 7] = (byte) 0xEA; // width 60000
        jpeg[sof + 8] = (byte) 0x60;

        assertThatThrownBy(() -> decoder.decode(write("huge.jpg", jpeg)))
                .hasMessage("JPEG declares 60000x60000 px (3.6 gigapixels) in huge.jpg, over the budget of 100 megapixels");
    }

    @Test
    void gifWhoseLogicalScreenIsHugeIsRefusedThoughItsFrameIsSmall() throws Exception {
        byte[] gif = encode("gif", corners(8, 8));
        for (int i = 6; i < 10; i++) {
            gif[i] = (byte) 0xFF; // logical screen 65535 x 65535
        }

        assertThatThrownBy(() -> decoder.decode(write("screen.gif", gif))).hasMessageContaining("65535x65535 px")
                .hasMessageContaining("over the budget");
    }

    private static int indexOfMarker(byte[] b, int marker) {
        for (int i = 2; i + 1 < b.length; i++) {
            if ((b[i] & 0xFF) == 0xFF && (b[i + 1] & 0xFF) == marker) {
                return i;
            }
        }
        throw new IllegalStateException("no marker " + marker);
    }

    @Test
    void pageOverAConfiguredBudgetIsRefused() throws Exception {
        Path file = write("photo.png", encode("png", corners(64, 48)));

        assertThatThrownBy(() -> new ImageDecoder(1_000).decode(file)).hasMessageContaining("over the budget of 1,000 px");
    }

    @Test
    void absurdlyLongSideIsRefusedEvenUnderThePixelBudget() throws Exception {
        Path file = write("strip.png", TestImages.pngDeclaring(1, 200_000));

        assertThatThrownBy(() -> decoder.decode(file)).hasMessageContaining("a side longer than the limit of 100,000 px");
    }

    @ParameterizedTest(name = "truncated {0} is rejected")
    @CsvSource({"png, scan.png, PNG", "jpeg, scan.jpg, JPEG", "gif, scan.gif, GIF", "bmp, scan.bmp, BMP", "tiff, scan.tif, TIFF"})
    void truncatedFileIsRejectedWithWhatAndWhere(String format, String name, String label) throws Exception {
        byte[] whole = encode(format, noise(200, 150, 1));
        byte[] cut = java.util.Arrays.copyOf(whole, whole.length * 6 / 10);

        assertThatThrownBy(() -> decoder.decode(write(name, cut))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("truncated " + label + " data").hasMessageContaining(name);
    }

    @Test
    void truncatedJpegNamesThePage() throws Exception {
        byte[] whole = encode("jpeg", noise(200, 150, 2));

        assertThatThrownBy(() -> decoder.decode(write("scan.jpg", java.util.Arrays.copyOf(whole, whole.length - 200))))
                .hasMessageStartingWith("truncated JPEG data in page 1 of scan.jpg");
    }

    @Test
    void garbageBytesNamedPngAreAcceptedForDecodingAndThenRejected() throws Exception {
        byte[] garbage = new byte[500];
        new Random(3).nextBytes(garbage);
        garbage[0] = 'x';
        Path file = write("photo.png", garbage);

        assertThat(decoder.supports(file)).isTrue();
        assertThatThrownBy(() -> decoder.decode(file)).isInstanceOf(InputRejectedException.class)
                .hasMessage("photo.png is named like a PNG file but does not start like any supported image (PNG, JPEG, TIFF, BMP, GIF, WebP)");
    }

    @Test
    void emptyImageFileIsRejectedAsEmpty() throws Exception {
        Path file = write("blank.jpg", new byte[0]);

        assertThat(decoder.supports(file)).isTrue();
        assertThatThrownBy(() -> decoder.decode(file)).hasMessage("blank.jpg is empty");
    }

    @Test
    void textFileIsNotSupported() throws Exception {
        assertThat(decoder.supports(write("notes.txt", "Call me at the office".getBytes()))).isFalse();
    }

    @Test
    void corruptPngBodyIsRejected() throws Exception {
        byte[] png = encode("png", noise(100, 100, 4));
        for (int i = 60; i < 400; i++) {
            png[i] ^= 0x5A;
        }

        assertThatThrownBy(() -> decoder.decode(write("bad.png", png))).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("PNG data").hasMessageContaining("bad.png");
    }

    @Test
    void sourceInfoHoldsFileNameHashSizeAndPageSizes() throws Exception {
        byte[] png = encode("png", corners(20, 10));
        Path file = write("id-card.png", png);

        DecodedDocument doc = decoder.decode(file);

        assertThat(doc.source().fileName()).isEqualTo("id-card.png");
        assertThat(doc.source().sha256()).isEqualTo(HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(png)));
        assertThat(doc.source().sizeBytes()).isEqualTo(png.length);
        assertThat(doc.source().pages()).singleElement().satisfies(p -> {
            assertThat(p.width()).isEqualTo(20);
            assertThat(p.units()).isEqualTo("px");
        });
    }

    @Test
    void transparentPixelsAreFlattenedOnWhite() throws Exception {
        BufferedImage argb = new BufferedImage(10, 10, BufferedImage.TYPE_INT_ARGB);
        argb.setRGB(5, 5, 0xFF000000);

        BufferedImage page = decoder.decode(write("a.png", encode("png", argb))).pages().get(0).image();

        assertThat(rgb(page, 0, 0)).isEqualTo(0xFFFFFF);
        assertThat(rgb(page, 5, 5)).isEqualTo(0x000000);
    }

    @ParameterizedTest(name = "PNG of BufferedImage type {0} becomes 3-byte BGR")
    @CsvSource({"10", "11", "13", "12"}) // byte gray, ushort gray, indexed, binary
    void grayPaletteAndSixteenBitPngsBecomeBgr(int type) throws Exception {
        BufferedImage src = new BufferedImage(16, 8, type);
        src.createGraphics().drawImage(corners(16, 8), 0, 0, null);

        BufferedImage page = decoder.decode(write("g.png", encode("png", src))).pages().get(0).image();

        assertThat(page.getType()).isEqualTo(BufferedImage.TYPE_3BYTE_BGR);
        assertThat(page.getWidth()).isEqualTo(16);
    }

    @Test
    void metadataBlocksAreListedByNameOnly() throws Exception {
        byte[] jpeg = TestImages.spliceAfterSoi(encode("jpeg", corners(32, 32)),
                TestImages.exifSegment(1, true), TestImages.xmpSegment(), TestImages.commentSegment("Jane Example's photo"));

        DecodedDocument doc = decoder.decode(write("meta.jpg", jpeg));

        assertThat(doc.metadataFound()).contains("exif", "gps", "xmp", "comment");
        assertThat(String.join(" ", doc.metadataFound())).doesNotContain("Jane");
    }

    @Test
    void pngTextChunksAreListed() throws Exception {
        byte[] png = TestImages.pngWithChunks(encode("png", corners(16, 16)), TestImages.pngText("Author", "Jane Example"));

        assertThat(decoder.decode(write("t.png", png)).metadataFound()).contains("text");
    }

    @Test
    void plainEncodedPngCarriesNoMetadata() throws Exception {
        assertThat(decoder.decode(write("plain.png", encode("png", corners(16, 16)))).metadataFound()).isEmpty();
    }

    static BufferedImage noise(int w, int h, long seed) {
        Random r = new Random(seed);
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                img.setRGB(x, y, r.nextInt(0x1000000));
            }
        }
        return img;
    }
}
