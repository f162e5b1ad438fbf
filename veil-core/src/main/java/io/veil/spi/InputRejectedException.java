package io.veil.spi;

/**
 * One input cannot be processed (corrupt, truncated, too large, unsupported). The message says what is wrong
 * and where (file, page, byte offset when known) and never contains detected personal data. The batch goes on.
 */
public class InputRejectedException extends Exception {
    public InputRejectedException(String message) {
        super(message);
    }

    public InputRejectedException(String message, Throwable cause) {
        super(message, cause);
    }
}
