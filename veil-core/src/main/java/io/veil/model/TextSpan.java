package io.veil.model;

/**
 * A half-open range {@code [start, end)} of a page's text, in UTF-16 char indices (Java string indices).
 * Reports convert to Unicode code points ({@link #toCodePoints(String)}), as the report contract asks.
 */
public record TextSpan(int start, int end) implements Comparable<TextSpan> {

    public TextSpan {
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
        }
    }

    public int length() {
        return end - start;
    }

    public boolean overlaps(TextSpan o) {
        return start < o.end && o.start < end;
    }

    public boolean contains(TextSpan o) {
        return start <= o.start && o.end <= end;
    }

    public int overlapLength(TextSpan o) {
        return Math.max(0, Math.min(end, o.end) - Math.max(start, o.start));
    }

    public String of(String text) {
        return text.substring(start, end);
    }

    /** The same range counted in code points of {@code text}. */
    public TextSpan toCodePoints(String text) {
        int s = text.codePointCount(0, start);
        return new TextSpan(s, s + text.codePointCount(start, end));
    }

    @Override
    public int compareTo(TextSpan o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(o.end, end);
    }
}
