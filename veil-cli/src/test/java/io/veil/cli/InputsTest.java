package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputsTest {

    @Test
    void aFolderIsWalkedForKnownTypesAndVeilsOwnOutputsAreSkipped(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("scans/reports"));
        Files.writeString(dir.resolve("scans/a.png"), "x");
        Files.writeString(dir.resolve("scans/notes.txt"), "x");
        Files.writeString(dir.resolve("scans/tool.exe"), "x");
        Files.writeString(dir.resolve("scans/reports/a.png.json"), "{}");

        var inputs = Inputs.expand(java.util.List.of(dir.resolve("scans")), dir.resolve("scans/reports"));

        assertThat(inputs).extracting(i -> i.relative().toString()).containsExactly("a.png", "notes.txt");
    }
}
