package io.veil.spi;

import io.veil.model.AuditRecord;

/**
 * Listens to processed files and keeps an audit trail. Receives only {@link AuditRecord}s, which hold no
 * detected value. Thread-safe.
 */
public interface AuditSink extends AutoCloseable {
    void record(AuditRecord record);

    @Override
    default void close() {
    }
}
