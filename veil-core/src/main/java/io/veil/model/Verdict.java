package io.veil.model;

/** What a validator (checksum, range rule) says of a candidate value. */
public enum Verdict {
    VALID, INVALID, NO_OPINION;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
