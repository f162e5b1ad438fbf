package io.veil.model;

import java.util.List;

/** What to destroy on one page, in page units: solid fills (text, codes) and padded face regions. */
public record PageRedaction(int page, List<Box> fills, List<Box> faces) {
    public PageRedaction {
        fills = List.copyOf(fills);
        faces = List.copyOf(faces);
    }

    public boolean isEmpty() {
        return fills.isEmpty() && faces.isEmpty();
    }
}
