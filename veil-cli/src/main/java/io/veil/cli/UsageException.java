package io.veil.cli;

/** Bad usage or configuration: the message says what and where; exit code 2. */
final class UsageException extends RuntimeException {
    UsageException(String message) {
        super(message);
    }
}
