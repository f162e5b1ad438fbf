package io.veil.audit;

import io.veil.audit.AuditVerifier.Kind;
import io.veil.audit.AuditVerifier.Problem;
import io.veil.model.AuditRecord;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Each record writes one file row and five finding rows: record n is file row n and finding rows 5n-4..5n.
 * Tampering is done with plain JDBC, as someone with the database file could.
 */
class AuditVerifierTest {
    private static final String FILES = "gdpr_pii_redactions";
    private static final String FINDINGS = "pii_instances_log";

    @TempDir
    Path dir;

    private static AuditRecord record() {
        return AuditRecords.from(AuditFixtures.result(), "redact", "ab".repeat(32), "0.1.0",
                "tesseract-5.5.2 eng; blazeface-full", 1234, AuditFixtures.KEY);
    }

    private Path trail(int records) {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            for (int i = 0; i < records; i++) {
                sink.record(record());
            }
        }
        return db;
    }

    private static List<Problem> problems(Path db) {
        return AuditVerifier.verify(db).problems();
    }

    private static String named(Problem p) {
        return p.kind() + " " + p.table() + " " + p.rowId();
    }

    @Test
    void untouchedChainWrittenByTwoThreadsIsIntact() throws Exception {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            tenRecordsEachAtOnce(List.of(sink, sink));
        }

        AuditVerifier.Result result = AuditVerifier.verify(db);

        assertThat(result.problems()).isEmpty();
        assertThat(result.intact()).isTrue();
        assertThat(result.rowsChecked()).isEqualTo(20 * 6);
        assertThat(result.unchainedRows()).isZero();
    }

    /** Each sink gets its own thread writing ten records; all threads start together. */
    private static void tenRecordsEachAtOnce(List<SqliteAuditSink> sinks) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(sinks.size());
        CountDownLatch start = new CountDownLatch(1);
        List<Future<?>> done = new ArrayList<>();
        for (SqliteAuditSink sink : sinks) {
            done.add(pool.submit(() -> {
                start.await();
                for (int i = 0; i < 10; i++) {
                    sink.record(record());
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

    @Test
    void twoSinksOnOneFileLikeTwoProcessesKeepOneChain() throws Exception {
        Path db = dir.resolve("audit.db");
        try (SqliteAuditSink first = SqliteAuditSink.open(db); SqliteAuditSink second = SqliteAuditSink.open(db)) {
            tenRecordsEachAtOnce(List.of(first, second));
        }

        AuditVerifier.Result result = AuditVerifier.verify(db);

        assertThat(result.problems()).isEmpty();
        assertThat(result.rowsChecked()).isEqualTo(20 * 6);
    }

    @Test
    void everyRowCarriesTheHashOfThePreviousRow() throws Exception {
        Path db = trail(2);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            assertThat(string(s, "SELECT prev_hash FROM " + FILES + " WHERE id = 1")).isEqualTo("0".repeat(64));
            assertThat(string(s, "SELECT prev_hash FROM " + FINDINGS + " WHERE id = 1"))
                    .isEqualTo(string(s, "SELECT row_hash FROM " + FILES + " WHERE id = 1"));
            assertThat(string(s, "SELECT prev_hash FROM " + FILES + " WHERE id = 2"))
                    .isEqualTo(string(s, "SELECT row_hash FROM " + FINDINGS + " WHERE id = 5"));
            assertThat(string(s, "SELECT row_hash FROM " + FINDINGS + " WHERE id = 10")).matches("[0-9a-f]{64}");
        }
    }

    @Test
    void editedFileRowIsNamed() throws Exception {
        Path db = trail(20);
        sql(db, "UPDATE " + FILES + " SET risk_level = 'low' WHERE id = 10");

        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("EDITED " + FILES + " 10");
    }

    @Test
    void editedFindingRowIsNamed() throws Exception {
        Path db = trail(20);
        sql(db, "UPDATE " + FINDINGS + " SET confidence = 0.5 WHERE id = 27");

        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("EDITED " + FINDINGS + " 27");
    }

    @Test
    void editedRowWhoseHashWasRecomputedIsNamed() throws Exception {
        Path db = trail(20);
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("UPDATE " + FILES + " SET status = 'failed' WHERE id = 10");
            List<Object> fields = new ArrayList<>();
            try (ResultSet rs = s.executeQuery("SELECT " + String.join(", ", ChainHash.FILE_COLUMNS)
                    + ", prev_hash FROM " + FILES + " WHERE id = 10")) {
                rs.next();
                for (int i = 1; i <= ChainHash.FILE_COLUMNS.size(); i++) {
                    fields.add(rs.getObject(i));
                }
                String prev = rs.getString(ChainHash.FILE_COLUMNS.size() + 1);
                String forged = ChainHash.rowHash(ChainHash.FILES, fields, prev);
                rs.close();
                try (PreparedStatement ps = c.prepareStatement("UPDATE " + FILES + " SET row_hash = ? WHERE id = 10")) {
                    ps.setString(1, forged);
                    ps.executeUpdate();
                }
            }
        }

        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("EDITED " + FILES + " 10");
    }

    @Test
    void deletedFindingRowIsNamed() throws Exception {
        Path db = trail(20);
        sql(db, "DELETE FROM " + FINDINGS + " WHERE id = 27");

        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("DELETED " + FINDINGS + " 27");
    }

    @Test
    void deletedFileRowIsNamedWhetherOrNotItsFindingsWentWithIt() throws Exception {
        Path db = trail(20);
        sql(db, "DELETE FROM " + FILES + " WHERE id = 10");
        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("DELETED " + FILES + " 10");

        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate("DELETE FROM " + FINDINGS + " WHERE redaction_id = 10");
        }
        assertThat(problems(db)).extracting(AuditVerifierTest::named)
                .containsExactly("DELETED " + FILES + " 10", "DELETED " + FINDINGS + " 46");
    }

    @Test
    void lastFindingRowDeletedIsCaughtByTheFileRowsCount() throws Exception {
        Path db = trail(20);
        sql(db, "DELETE FROM " + FINDINGS + " WHERE id = 100");

        assertThat(problems(db)).extracting(AuditVerifierTest::named).containsExactly("DELETED " + FILES + " 20");
    }

    @Test
    void swappedFindingRowsAreNamedAsReordered() throws Exception {
        Path db = trail(20);
        String cols = String.join(", ", ChainHash.FINDING_COLUMNS) + ", prev_hash, row_hash";
        sql(db, "CREATE TABLE swap AS SELECT id, " + cols + " FROM " + FINDINGS + " WHERE id IN (27, 28)");
        sql(db, "UPDATE " + FINDINGS + " SET (" + cols + ") = (SELECT " + cols + " FROM swap"
                + " WHERE swap.id = 55 - " + FINDINGS + ".id) WHERE id IN (27, 28)");

        assertThat(problems(db)).extracting(AuditVerifierTest::named)
                .containsExactly("REORDERED " + FINDINGS + " 27", "REORDERED " + FINDINGS + " 28");
    }

    @Test
    void swappedFileRowIdsAreNamedAsReordered() throws Exception {
        Path db = trail(20);
        sql(db, "UPDATE " + FILES + " SET id = -1 WHERE id = 5");
        sql(db, "UPDATE " + FILES + " SET id = 5 WHERE id = 6");
        sql(db, "UPDATE " + FILES + " SET id = 6 WHERE id = -1");

        assertThat(problems(db)).extracting(AuditVerifierTest::named)
                .containsExactly("REORDERED " + FILES + " 5", "REORDERED " + FILES + " 6");
    }

    @Test
    void rowsWrittenBeforeTheChainAreUnchainedNotTampered() throws Exception {
        Path db = dir.resolve("audit.db");
        String url = "jdbc:sqlite:" + db;
        Flyway.configure().dataSource(url, "", "").locations("classpath:db/migration").target("1").load().migrate();
        sql(db, "INSERT INTO " + FILES + " (document_id, processed_at, action, status, page_count, risk_level,"
                + " veil_version, duration_ms, finding_count) VALUES ('doc_0000000000000000', '2025-01-01T00:00:00Z',"
                + " 'scan', 'ok', 1, 'none', '0.0.9', 5, 0)");
        try (SqliteAuditSink sink = SqliteAuditSink.open(db)) {
            sink.record(record());
            sink.record(record());
        }

        AuditVerifier.Result result = AuditVerifier.verify(db);

        assertThat(result.problems()).isEmpty();
        assertThat(result.unchainedRows()).isEqualTo(1);
        assertThat(result.rowsChecked()).isEqualTo(12);
    }

    @Test
    void missingDatabaseIsAStoreError() {
        assertThatThrownBy(() -> AuditVerifier.verify(dir.resolve("nope.db")))
                .isInstanceOf(AuditStoreException.class).hasMessageContaining("no audit database");
    }

    private static void sql(Path db, String sql) throws SQLException {
        try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db); Statement s = c.createStatement()) {
            s.executeUpdate(sql);
        }
    }

    private static String string(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
