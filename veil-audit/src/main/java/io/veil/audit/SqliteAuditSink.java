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
import java.util.Arrays;
import java.util.List;

/**
 * The default audit trail: an SQLite file, schema managed by Flyway ({@code db/migration}), one
 * {@code gdpr_pii_redactions} row per processed file and one {@code pii_instances_log} row per finding. It stores
 * exactly what an {@link AuditRecord} holds, so never a detected value nor a file name.
 *
 * <p>Tamper evidence: every row carries {@code prev_hash} (the previous row's {@code row_hash}) and its own
 * {@code row_hash} over its canonical form ({@code ChainHash}, docs/audit.md), computed inside the record's
 * transaction; {@link AuditVerifier} walks the chain.
 *
 * <p>Thread-safe: one connection, writes serialised; each record is one transaction (all rows or none). The file
 * row is inserted before the chain's last hash is read, so the transaction already holds SQLite's write lock and
 * a second writing process cannot fork the chain.
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
            + " page, box_x, box_y, box_width, box_height, confidence, detector, redaction, decision, value_hmac,"
            + " prev_hash, row_hash) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)";
    // The chain's last row: the newest file row's last finding, else that file row (walk order, docs/audit.md).
    private static final String LAST_HASH = "SELECT COALESCE((SELECT f.row_hash FROM pii_instances_log f"
            + " WHERE f.redaction_id = r.id ORDER BY f.id DESC LIMIT 1), r.row_hash)"
            + " FROM gdpr_pii_redactions r WHERE r.id < ? ORDER BY r.id DESC LIMIT 1";
    private static final String SET_FILE_HASHES =
            "UPDATE gdpr_pii_redactions SET prev_hash = ?, row_hash = ? WHERE id = ?";

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
            List<Object> fileFields = fileFields(r);
            long rowId = insertFile(fileFields);
            String prev = lastHashBefore(rowId);
            String fileHash = ChainHash.rowHash(ChainHash.FILES, fileFields, prev);
            try (PreparedStatement ps = connection.prepareStatement(SET_FILE_HASHES)) {
                ps.setString(1, prev);
                ps.setString(2, fileHash);
                ps.setLong(3, rowId);
                ps.executeUpdate();
            }
            prev = fileHash;
            try (PreparedStatement ps = connection.prepareStatement(INSERT_FINDING)) {
                for (AuditRecord.FindingRecord f : r.findings()) {
                    List<Object> fields = findingFields(f);
                    String hash = ChainHash.rowHash(ChainHash.FINDINGS, fields, prev);
                    ps.setLong(1, rowId);
                    bind(ps, 2, fields);
                    ps.setString(fields.size() + 2, prev);
                    ps.setString(fields.size() + 3, hash);
                    ps.addBatch();
                    prev = hash;
                }
                ps.executeBatch();
            }
            connection.commit();
        } catch (SQLException e) {
            rollback(e);
            throw new AuditStoreException("cannot write audit record " + r.documentId() + " to " + dbFile, e);
        }
    }

    private String lastHashBefore(long rowId) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(LAST_HASH)) {
            ps.setLong(1, rowId);
            try (ResultSet rs = ps.executeQuery()) {
                // Rows from before the chain (V1) have no hash: the first chained row starts from the genesis value.
                String last = rs.next() ? rs.getString(1) : null;
                return last != null ? last : ChainHash.GENESIS;
            }
        }
    }

    private long insertFile(List<Object> fields) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement(INSERT_FILE, Statement.RETURN_GENERATED_KEYS)) {
            bind(ps, 1, fields);
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                if (!keys.next()) {
                    throw new SQLException("no row id returned for the file row");
                }
                return keys.getLong(1);
            }
        }
    }

    /** The file row's values in {@link ChainHash#FILE_COLUMNS} order: exactly what is bound and hashed. */
    private static List<Object> fileFields(AuditRecord r) {
        return Arrays.asList(r.documentId(),
                DateTimeFormatter.ISO_INSTANT.format(r.processedAt().truncatedTo(ChronoUnit.MILLIS)), r.action(),
                r.status(), r.inputSha256(), r.outputSha256(), r.mediaType(), r.pageCount(), r.riskLevel(),
                r.veilVersion(), r.detectorVersions(), r.durationMillis(), String.join(",", r.errorStages()),
                r.findings().size());
    }

    /** The finding row's values in {@link ChainHash#FINDING_COLUMNS} order. */
    private static List<Object> findingFields(AuditRecord.FindingRecord f) {
        Box b = f.box();
        return Arrays.asList(f.instanceId(), f.category(), f.page(), b == null ? null : b.x(),
                b == null ? null : b.y(), b == null ? null : b.width(), b == null ? null : b.height(),
                f.confidence(), f.detector(), f.redaction(), f.decision(), f.valueHmac());
    }

    private static void bind(PreparedStatement ps, int first, List<Object> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            Object v = values.get(i);
            int index = first + i;
            switch (v) {
                case null -> ps.setNull(index, Types.NULL);
                case Integer n -> ps.setInt(index, n);
                case Long n -> ps.setLong(index, n);
                case Double d -> ps.setDouble(index, d);
                case String t -> ps.setString(index, t);
                default -> throw new IllegalArgumentException("unexpected audit field type " + v.getClass());
            }
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
