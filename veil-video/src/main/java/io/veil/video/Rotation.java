package io.veil.video;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;

/** Applies a video's display rotation to decoded pixels and copies them to a fresh BGR image. Stateless. */
final class Rotation {
    private Rotation() {
    }

    /** FFmpeg's display rotation is counter-clockwise degrees; returns the clockwise turn (0, 90, 180, 270) that makes frames upright. */
    static int clockwiseDegrees(double displayRotation) {
        if (Double.isNaN(displayRotation)) {
            return 0;
        }
        int q = (int) Math.round(-displayRotation / 90.0);
        return Math.floorMod(q, 4) * 90;
    }

    static BufferedImage copyRotated(BufferedImage src, int clockwise) {
        int w = src.getWidth(), h = src.getHeight();
        BufferedImage bgr = src;
        if (src.getType() != BufferedImage.TYPE_3BYTE_BGR) {
            bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            bgr.getGraphics().drawImage(src, 0, 0, null);
            if (clockwise == 0) {
                return bgr;
            }
        }
        byte[] in = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        boolean swap = clockwise % 180 != 0;
        int ow = swap ? h : w, oh = swap ? w : h;
        BufferedImage out = new BufferedImage(ow, oh, BufferedImage.TYPE_3BYTE_BGR);
        byte[] o = ((DataBufferByte) out.getRaster().getDataBuffer()).getData();
        if (clockwise == 0) {
            System.arraycopy(in, 0, o, 0, Math.min(in.length, o.length));
            return out;
        }
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int nx, ny;
                switch (clockwise) {
                    case 90 -> { nx = h - 1 - y; ny = x; }
                    case 180 -> { nx = w - 1 - x; ny = h - 1 - y; }
                    default -> { nx = y; ny = w - 1 - x; }
                }
                int s = 3 * (y * w + x), d = 3 * (ny * ow + nx);
                o[d] = in[s];
                o[d + 1] = in[s + 1];
                o[d + 2] = in[s + 2];
            }
        }
        return out;
    }
}
