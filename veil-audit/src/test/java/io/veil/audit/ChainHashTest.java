package io.veil.audit;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Pins the canonical form of docs/audit.md: the expected hashes were computed by an independent script. */
class ChainHashTest {

    @Test
    void findingRowHashFollowsTheDocumentedCanonicalForm() {
        List<Object> fields = Arrays.asList("pii_001", "email_address", 1, 10, 20, 100, 18, 0.91, "email", "full",
                "redacted", null);

        assertThat(ChainHash.rowHash(ChainHash.FINDINGS, fields, ChainHash.GENESIS))
                .isEqualTo("2e51454cf43eeb2efdec259d313bc018a3ccf06499be8a23e8081465070af252");
    }

    @Test
    void fileRowHashEncodesNullsNegativeIntegersAndUtf8Lengths() {
        List<Object> fields = Arrays.asList("doc_x", "2025-01-22T14:30:45Z", "scan", "ok", null, null, "text/plain",
                1, "none", "0.1.0", null, -5L, "\u00e9", 0);

        assertThat(ChainHash.rowHash(ChainHash.FILES, fields, "ab".repeat(32)))
                .isEqualTo("f83b95c82b5619bfd4102866aa11a976f506a9351807be94f2bfdfb8b2c7f0cf");
    }

    @Test
    void movingAValueToTheNextFieldChangesTheHash() {
        List<Object> a = Arrays.asList("ab", "c");
        List<Object> b = Arrays.asList("a", "bc");

        assertThat(ChainHash.rowHash(ChainHash.FILES, a, ChainHash.GENESIS))
                .isNotEqualTo(ChainHash.rowHash(ChainHash.FILES, b, ChainHash.GENESIS));
    }
}
