package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {

    private static String captureOut(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void helpExplainsTheCommandsAndExitsZero() {
        int[] code = new int[1];
        String out = captureOut(() -> code[0] = Main.run("--help"));
        assertThat(code[0]).isZero();
        assertThat(out).contains("scan", "redact", "Exit codes");
    }

    @Test
    void unknownOptionIsBadUsage() {
        assertThat(Main.run("scan", "--no-such-option", "x.png")).isEqualTo(2);
    }

    @Test
    void redactWithoutATargetIsBadUsage() {
        assertThat(Main.run("redact", "examples")).isEqualTo(2);
    }

    @Test
    void missingInputIsBadUsage(@TempDir Path dir) {
        assertThat(Main.run("scan", dir.resolve("nope.png").toString(), "--report-dir", dir.toString())).isEqualTo(2);
    }

    @Test
    void badFaceStyleIsBadUsage(@TempDir Path dir) throws Exception {
        Path img = dir.resolve("a.png");
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(10, 10, 1), "png", img.toFile());
        assertThat(Main.run("redact", img.toString(), "--out", dir.resolve("out").toString(), "--face-style", "smudge",
                "--audit-db", dir.resolve("a.db").toString())).isEqualTo(2);
    }

    @Test
    void detectEveryOutsideZeroToThirtyIsBadUsage(@TempDir Path dir) throws Exception {
        Path video = Files.writeString(dir.resolve("a.mp4"), "never read");
        assertThat(Main.run("redact", video.toString(), "--out", dir.resolve("out").toString(), "--detect-every", "31",
                "--audit-db", dir.resolve("a.db").toString())).isEqualTo(2);
        assertThat(dir.resolve("out")).doesNotExist();
    }
}
