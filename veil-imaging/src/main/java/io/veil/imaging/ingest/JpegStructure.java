package io.veil.imaging.ingest;

/**
 * A structural check on JPEG bytes that needs no decoding: walks the marker segments from SOI, skips the
 * entropy-coded data of each scan (where every 0xFF is stuffed, so a marker found there is real) and reports
 * whether the data runs out before the end-of-image marker. Data after EOI (a phone's appended video or
 * multi-picture images) is not looked at. Stateless.
 */
final class JpegStructure {
    private JpegStructure() {
    }

    /** True when the primary image's segments run past the end of the bytes before an EOI marker. */
    static boolean isTruncated(byte[] b) {
        int i = 2;
        while (true) {
            if (i + 1 >= b.length) {
                return true;
            }
            if ((b[i] & 0xFF) != 0xFF) {
                return false; // not a marker: damaged rather than cut short; the decoder words that case
            }
            int m = b[i + 1] & 0xFF;
            i += 2;
            if (m == 0xFF) {
                i--; // fill byte: the next 0xFF starts the marker
                continue;
            }
            if (m == 0xD9) {
                return false;
            }
            if (m == 0x01 || (m >= 0xD0 && m <= 0xD7)) {
                continue;
            }
            if (i + 2 > b.length) {
                return true;
            }
            i += ((b[i] & 0xFF) << 8) | (b[i + 1] & 0xFF);
            if (i > b.length) {
                return true;
            }
            if (m == 0xDA) {
                while (i + 1 < b.length && !isMarkerAfterScan(b, i)) {
                    i++;
                }
                if (i + 1 >= b.length) {
                    return true;
                }
            }
        }
    }

    private static boolean isMarkerAfterScan(byte[] b, int i) {
        if ((b[i] & 0xFF) != 0xFF) {
            return false;
        }
        int next = b[i + 1] & 0xFF;
        return next != 0x00 && next != 0xFF && !(next >= 0xD0 && next <= 0xD7);
    }
}
