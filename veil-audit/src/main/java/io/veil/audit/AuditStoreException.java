package io.veil.audit;

/**
 * The audit database could not be opened, migrated or written. The message names the operation and the
 * database file, never a record's content. Maps to exit 1 / HTTP 500 (an environment failure).
 */
public class AuditStoreException extends RuntimeException {
    public AuditStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
