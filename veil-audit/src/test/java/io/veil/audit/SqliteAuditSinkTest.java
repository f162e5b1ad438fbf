package io.veil.audit;

import io.veil.model.AuditRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SqliteAuditSinkTest {

    @TempDir
    Path dir;

    private static AuditRecord record(String action) {
        return AuditRecords.from(AuditFixtures.result(), action, action.equals("redact") ? "ab".repeat(32) : null,
                "0.1.0", "tesseract-5.5.2 eng; blazeface-full", 1234, AuditFixtures.KEY);
    }

    @Test
    void recordIsWrittenAndReadBackViaJdbc() throws Exception {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            sink.record(record("redact"));
        }

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            ResultSet file = s.executeQuery("SELECT * FROM gdpr_pii_redactions");
            assertThat(file.next()).isTrue();
            assertThat(file.getString("document_id")).isEqualTo("doc_9f86d081884c7d65");
            assertThat(file.getString("action")).isEqualTo("redact");
            assertThat(file.getString("status")).isEqualTo("ok");
            assertThat(file.getString("input_sha256")).isEqualTo(AuditFixtures.SHA);
            assertThat(file.getString("output_sha256")).isEqualTo("ab".repeat(32));
            assertThat(file.getInt("page_count")).isEqualTo(1);
            assertThat(file.getString("risk_level")).isEqualTo("critical");
            assertThat(file.getLong("duration_ms")).isEqualTo(1234);
            assertThat(file.getInt("finding_count")).isEqualTo(5);
            assertThat(file.getString("processed_at")).isEqualTo("2025-01-22T14:30:45Z");
            long id = file.getLong("id");
            assertThat(file.next()).isFalse();

            ResultSet card = s.executeQuery("SELECT * FROM pii_instances_log WHERE instance_id = 'pii_002'");
            assertThat(card.next()).isTrue();
            assertThat(card.getLong("redaction_id")).isEqualTo(id);
            assertThat(card.getString("category")).isEqualTo("credit_card");
            assertThat(card.getInt("box_x")).isEqualTo(200);
            assertThat(card.getInt("box_width")).isEqualTo(100);
            assertThat(card.getDouble("confidence")).isEqualTo(0.91);
            assertThat(card.getString("redaction")).isEqualTo("partial_last_4");
            assertThat(card.getString("decision")).isEqualTo("redacted");
            assertThat(card.getString("value_hmac")).hasSize(64).matches("[0-9a-f]+");

            ResultSet face = s.executeQuery("SELECT value_hmac, detector FROM pii_instances_log WHERE category = 'face_biometric'");
            assertThat(face.next()).isTrue();
            assertThat(face.getString("value_hmac")).isNull();
            assertThat(face.getString("detector")).isEqualTo("blazeface-full");
        }
    }

    @Test
    void databaseFilesHoldNoDetectedValueNorFileName() throws Exception {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            sink.record(record("scan"));
            sink.record(record("redact"));
        }

        List<Path> files;
        try (Stream<Path> all = Files.list(dir)) {
            files = all.toList();
        }
        assertThat(files).contains(db);
        for (Path f : files) {
            String raw = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String value : AuditFixtures.VALUES) {
                String digits = value.replaceAll("\\D", "");
                assertThat(raw).as(f.getFileName().toString()).doesNotContainIgnoringCase(value);
                if (digits.length() >= 8) {
                    assertThat(raw).as(f.getFileName().toString()).doesNotContain(digits);
                }
            }
            assertThat(raw).doesNotContain(AuditFixtures.FILE_NAME).doesNotContain("jane_doe");
        }
        // The scan reads real, uncompressed row content: what the trail does keep is visible in the raw bytes.
        assertThat(new String(Files.readAllBytes(db), StandardCharsets.ISO_8859_1))
                .contains("doc_9f86d081884c7d65").contains("credit_card");
        assertThat(count(db, "SELECT COUNT(*) FROM pii_instances_log")).isEqualTo(10);
    }

    @Test
    void openingTwiceRunsTheMigrationOnceAndKeepsRows() throws Exception {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            sink.record(record("scan"));
        }
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            sink.record(record("scan"));
        }

        assertThat(count(db, "SELECT COUNT(*) FROM gdpr_pii_redactions")).isEqualTo(2);
        assertThat(count(db, "SELECT COUNT(*) FROM flyway_schema_history WHERE success = 1 AND version = '1'"))
                .isEqualTo(1);
    }

    @Test
    void twoThreadsWritingConcurrentlyLoseNothing() throws Exception {
        Path db = dir.resolve("audit.db");
        int perThread = 40;
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            ExecutorService pool = Executors.newFixedThreadPool(2);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<?>> done = new ArrayList<>();
            for (int t = 0; t < 2; t++) {
                done.add(pool.submit(() -> {
                    start.await();
                    for (int i = 0; i < perThread; i++) {
                        sink.record(record("scan"));
                    }
                    return null;
                }));
            }
            start.countDown();
            for (Future<?> f : done) {
                f.get();
            }
            pool.shutdown();
        }

        assertThat(count(db, "SELECT COUNT(*) FROM gdpr_pii_redactions")).isEqualTo(2 * perThread);
        assertThat(count(db, "SELECT COUNT(*) FROM pii_instances_log")).isEqualTo(2 * perThread * 5);
        assertThat(count(db, "SELECT COUNT(*) FROM gdpr_pii_redactions r WHERE finding_count ="
                + " (SELECT COUNT(*) FROM pii_instances_log f WHERE f.redaction_id = r.id)")).isEqualTo(2 * perThread);
    }

    @Test
    void closedSinkRefusesRecords() {
        SqliteAuditSink sink = SqliteAuditSink.open(dir.resolve("audit.db"));
        sink.close();

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> sink.record(record("scan")))
                .isInstanceOf(IllegalStateException.class);
    }

    private static long count(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
