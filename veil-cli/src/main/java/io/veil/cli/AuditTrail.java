package io.veil.cli;

import io.veil.audit.AuditRecords;
import io.veil.audit.HmacKey;
import io.veil.audit.SqliteAuditSink;
import io.veil.model.ScanResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CLI's audit trail: the embedded database file (default {@code ~/.veil/audit.db}) and its HMAC key beside
 * it ({@code audit.db.key}, created once, owner-only). Thread-safe.
 */
final class AuditTrail implements AutoCloseable {
    private final SqliteAuditSink sink;
    private final byte[] key;
    private final Path file;

    private AuditTrail(SqliteAuditSink sink, byte[] key, Path file) {
        this.sink = sink;
        this.key = key;
        this.file = file;
    }

    static AuditTrail open(Path dbOrNull) throws IOException {
        Path db = dbFile(dbOrNull);
        Files.createDirectories(db.toAbsolutePath().getParent());
        byte[] key = HmacKey.loadOrCreate(db.resolveSibling(db.getFileName() + ".key"));
        return new AuditTrail(SqliteAuditSink.open(db), key, db);
    }

    /** The audit database the commands use: {@code dbOrNull}, else {@code ~/.veil/audit.db}. */
    static Path dbFile(Path dbOrNull) {
        return dbOrNull != null ? dbOrNull : Path.of(System.getProperty("user.home"), ".veil", "audit.db");
    }

    void record(ScanResult result, String action, String outputSha256, String detectorVersions, long millis) {
        sink.record(AuditRecords.from(result, action, outputSha256, Main.VERSION, detectorVersions, millis, key));
    }

    Path file() {
        return file;
    }

    @Override
    public void close() {
        sink.close();
    }
}
