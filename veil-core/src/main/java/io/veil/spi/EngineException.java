package io.veil.spi;

/** The environment failed (a model is missing or cannot load, a native library fails): exit 1 / HTTP 500. */
public class EngineException extends RuntimeException {
    public EngineException(String message) {
        super(message);
    }

    public EngineException(String message, Throwable cause) {
        super(message, cause);
    }
}
