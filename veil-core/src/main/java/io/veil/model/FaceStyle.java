package io.veil.model;

/** How a face region is destroyed. {@link #BLUR} is the default; all three are irreversible. */
public enum FaceStyle {
    BLUR, PIXELATE, SOLID;

    public String id() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
