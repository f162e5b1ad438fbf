package io.veil.audit;

import io.veil.model.AuditRecord;
import io.veil.model.Box;
import io.veil.spi.AuditSink;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.sqlite.SQLiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;

/**
 * The default audit trail: an SQLite file, schema managed by Flyway ({@code db/migration}), one
 * {@code gdpr_pii_redactions} row per processed file and one {@code pii_instances_log} row per finding. It stores
 * exactly what an {@link AuditRecord} holds, so never a detected value nor a file name.
 *
 * <p>Thread-safe: one connection, writes serialised; each record is one transaction (all rows or none).
 * Opening runs pending migrations, so opening an existing trail again is harmless.
 *
 * <pre>{@code
 * try (SqliteAuditSink audit = SqliteAuditSink.open(Path.of("veil-audit.db"))) {
 *     audit.record(AuditRecords.from(result, "redact", outSha, "0.1.0", versions, millis, key));
 * }
 * }</pre>
 */
public final class SqliteAuditSink implements AuditSink {

    private static final String INSERT_FILE = "INSERT INTO gdpr_pii_redactions (document_id, processed_at, action,"
            + " status, input_sha256, output_sha256, media_type, page_count, risk_level, veil_version,"
            + " detector_versions, duration_ms, error_stages, finding_count) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    private static final String INSERT_FINDING = "INSERT INTO pii_instances_log (redaction_id, instance_id, category,"
            + " page, box_x, box_y, box_width, box_height, confidence, detector, redaction, decision, value_hmac)"
            + " VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)";

    private final Path dbFile;
    private final Connection connection;
    private boolean closed;

    private SqliteAuditSink(Path dbFile, Connection connection) {
        this.dbFile = dbFile;
        this.connection = connection;
    }

    /** Opens (creating and migrating when needed) the audit database in {@code dbFile}. */
    public static SqliteAuditSink open(Path dbFile) {
        Path file = dbFile.toAbsolutePath();
        String url = "jdbc:sqlite:" + file;
        try {
            Files.createDirectories(file.getParent());
            Flyway.configure(SqliteAuditSink.class.getClassLoader()).dataSource(url, "", "")
                    .locations("classpath:db/migration").load().migrate();
            SQLiteConfig config = new SQLiteConfig();
            config.enforceForeignKeys(true);
            // WAL lets `veil audit` read while a batch writes; the busy timeout covers a second writing process.
            config.setJournalMode(SQLiteConfig.JournalMode.WAL);
            config.setBusyTimeout(10_000);
            Connection c = config.createConnection(url);
            c.setAutoCommit(false);
            return new SqliteAuditSink(file, c);
        } catch (IOException | SQLException | FlywayException e) {
            throw new AuditStoreException("cannot open the audit database " + file, e);
        }
    }

    /** The database file. */
    public Path file() {
        return dbFile;
    }

    /** The JDBC URL of the database, for readers (reports, exports). */
    public String jdbcUrl() {
        return "jdbc:sqlite:" + dbFile;
    }

    @Override
    public synchronized void record(AuditRecord r) {
        if (closed) {
            throw new IllegalStateException("audit sink is closed");
        }
        try {
            long rowId = insertFile(r);
            try (PreparedStatement ps = connection.prepareStatement(INSERT_FINDING)) {
                for (AuditRecord.FindingRecord f : r.findings()) {
                    bindFinding(ps, rowId, f);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new AuditStoreException("cannot write audit record " + r.documentId() + " to " + dbFile, e);
        }
    }

    private long insertFile(AuditRecord r) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_FILE, Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, r.documentId());
            ps.setString(2, DateTimeFormatter.ISO_INSTANT.format(r.processedAt().truncatedTo(ChronoUnit.MILLIS)));
            ps.setString(3, r.action());
            ps.setString(4, r.status());
            ps.setString(5, r.inputSha256());
            ps.setString(6, r.outputSha256());
            ps.setString(7, r.mediaType());
            ps.setInt(8, r.pageCount());
            ps.setString(9, r.riskLevel());
            ps.setString(10, r.veilVersion());
            ps.setString(11, r.detectorVersions());
            ps.setLong(12, r.durationMillis());
            ps.setString(13, String.join(",", r.errorStages()));
            ps.setInt(14, r.findings().size());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no row id returned for the file row");
                }
                return keys.getLong(1);
            }
        }
    }

    private static void bindFinding(PreparedStatement ps, long rowId, AuditRecord.FindingRecord f) throws SQLException {
        ps.setLong(1, rowId);
        ps.setString(2, f.instanceId());
        ps.setString(3, f.category());
        ps.setInt(4, f.page());
        Box b = f.box();
        setIntOrNull(ps, 5, b == null ? null : b.x());
        setIntOrNull(ps, 6, b == null ? null : b.y());
        setIntOrNull(ps, 7, b == null ? null : b.width());
        setIntOrNull(ps, 8, b == null ? null : b.height());
        ps.setDouble(9, f.confidence());
        ps.setString(10, f.detector());
        ps.setString(11, f.redaction());
        ps.setString(12, f.decision());
        ps.setString(13, f.valueHmac());
    }

    private static void setIntOrNull(PreparedStatement ps, int index, Integer v) throws SQLException {
        if (v == null) {
            ps.setNull(index, Types.INTEGER);
        } else {
            ps.setInt(index, v);
        }
    }

    private void rollback(SQLException cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
        }
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            connection.close();
        } catch (SQLException e) {
            throw new AuditStoreException("cannot close the audit database " + dbFile, e);
        }
    }
}
