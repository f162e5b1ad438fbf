package io.veil.imaging.ingest;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.imaging.TestImages;
import io.veil.spi.InputRejectedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A file cut short anywhere after its header is refused, never decoded into a partly invented page. */
class TruncationSweepTest {
    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} cut at every tenth of its length is rejected")
    @CsvSource({"png", "jpeg", "gif", "bmp", "tiff"})
    void fileCutAnywhereIsRejected(String format) throws Exception {
        boolean multiPage = format.equals("tiff") || format.equals("gif");
        byte[] whole = multiPage
                ? TestImages.encode(format, ImageDecoderTest.noise(120, 90, 7), ImageDecoderTest.noise(120, 90, 8))
                : TestImages.encode(format, ImageDecoderTest.noise(120, 90, 7));
        ImageDecoder decoder = new ImageDecoder();
        for (int tenth = 1; tenth <= 9; tenth++) {
            byte[] cut = Arrays.copyOf(whole, whole.length * tenth / 10);
            Path file = Files.write(dir.resolve("cut" + tenth + "." + format), cut);
            assertThatThrownBy(() -> decoder.decode(file)).as("cut at %d/10", tenth).isInstanceOf(InputRejectedException.class);
        }
    }
}
