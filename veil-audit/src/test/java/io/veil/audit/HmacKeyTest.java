package io.veil.audit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class HmacKeyTest {

    @TempDir
    Path dir;

    @Test
    void keyIsCreatedOnceWithOwnerOnlyPermissions() throws Exception {
        Path file = dir.resolve("keys/audit.key");

        byte[] first = HmacKey.loadOrCreate(file);
        byte[] again = HmacKey.loadOrCreate(file);

        assertThat(first).hasSize(32).isEqualTo(again);
        assertThat(Files.size(file)).isEqualTo(32);
        assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(file))).isEqualTo("rw-------");
        try (var left = Files.list(file.getParent())) {
            assertThat(left).containsExactly(file);   // no temporary file stays behind
        }
    }

    @Test
    void twoInstallationsGetDifferentKeys() {
        assertThat(HmacKey.loadOrCreate(dir.resolve("a.key")))
                .isNotEqualTo(HmacKey.loadOrCreate(dir.resolve("b.key")));
    }

    @Test
    void truncatedKeyFileIsRefusedWithoutShowingIt() throws Exception {
        Path file = dir.resolve("audit.key");
        Files.write(file, new byte[7]);

        assertThatThrownBy(() -> HmacKey.loadOrCreate(file)).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("7 bytes");
    }

}
