package io.veil.audit;

import io.veil.model.AuditRecord;
import io.veil.model.Category;
import io.veil.model.ScanResult;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditRecordsTest {

    private static AuditRecord from(ScanResult r, String action) {
        return AuditRecords.from(r, action, null, "0.1.0", "test", 10, AuditFixtures.KEY);
    }

    @Test
    void cleanScanIsOkAndItsFindingsAreReported() {
        AuditRecord rec = from(AuditFixtures.result(), "scan");

        assertThat(rec.status()).isEqualTo("ok");
        assertThat(rec.documentId()).isEqualTo("doc_9f86d081884c7d65");
        assertThat(rec.riskLevel()).isEqualTo("critical");
        assertThat(rec.findings()).extracting(AuditRecord.FindingRecord::decision).containsOnly("reported");
        assertThat(rec.findings()).extracting(AuditRecord.FindingRecord::instanceId)
                .containsExactly("pii_001", "pii_002", "pii_003", "pii_004", "pii_005");
    }

    @Test
    void redactActionMarksFindingsRedacted() {
        assertThat(from(AuditFixtures.result(), "redact").findings())
                .extracting(AuditRecord.FindingRecord::decision).containsOnly("redacted");
    }

    @Test
    void errorsMakeTheStatusFailedAndNameOnlyTheStage() {
        AuditRecord rec = from(AuditFixtures.failed(), "scan");

        assertThat(rec.status()).isEqualTo("failed");
        assertThat(rec.errorStages()).containsExactly("ocr");
    }

    @Test
    void failedVerificationWinsOverOtherStatuses() {
        assertThat(from(AuditFixtures.residual().withError(new io.veil.model.FileError("verify", "residual", 1)),
                "redact").status()).isEqualTo("verification_failed");
    }

    @Test
    void findingsCarryTheHmacOfTheNormalisedValueAndNeverTheValue() {
        AuditRecord rec = from(AuditFixtures.result(), "scan");
        String expected = new ValueHasher(AuditFixtures.KEY).hmacHex(Category.EMAIL_ADDRESS, "jane.doe@example.com");

        assertThat(rec.findings().get(0).valueHmac()).isEqualTo(expected);
        assertThat(rec.toString()).doesNotContain("Jane.Doe@Example.com").doesNotContain("4111 1111");
        assertThat(rec.findings().get(4).valueHmac()).isNull();   // a face has no text value
    }

    @Test
    void unknownActionIsRefused() {
        assertThatThrownBy(() -> from(AuditFixtures.result(), "delete")).isInstanceOf(IllegalArgumentException.class);
    }
}
