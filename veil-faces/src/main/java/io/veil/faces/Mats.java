package io.veil.faces;

import static org.bytedeco.opencv.global.opencv_core.CV_8UC3;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_AREA;
import static org.bytedeco.opencv.global.opencv_imgproc.INTER_LINEAR;
import static org.bytedeco.opencv.global.opencv_imgproc.resize;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.nio.FloatBuffer;
import org.bytedeco.opencv.opencv_core.Mat;
import org.bytedeco.opencv.opencv_core.Rect;
import org.bytedeco.opencv.opencv_core.Scalar;
import org.bytedeco.opencv.opencv_core.Size;

/** Conversions between Java images and OpenCV matrices. Stateless and thread-safe. */
final class Mats {

    private Mats() {
    }

    /** An 8-bit BGR copy of any image (grey, alpha and indexed images included; alpha is dropped). */
    static Mat toBgr(BufferedImage image) {
        int w = image.getWidth(), h = image.getHeight();
        BufferedImage bgr = image;
        if (image.getType() != BufferedImage.TYPE_3BYTE_BGR
                || image.getRaster().getDataBuffer().getSize() != w * h * 3) {
            bgr = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
            Graphics2D g = bgr.createGraphics();
            try {
                g.drawImage(image, 0, 0, null);
            } finally {
                g.dispose();
            }
        }
        byte[] data = ((DataBufferByte) bgr.getRaster().getDataBuffer()).getData();
        Mat m = new Mat(h, w, CV_8UC3);
        m.data().put(data);
        return m;
    }

    /** The window's pixels; parts of the window outside the image are black. */
    static Mat window(Mat image, Tiling.Window win) {
        int iw = image.cols(), ih = image.rows();
        if (win.x() >= 0 && win.y() >= 0 && win.x() + win.width() <= iw && win.y() + win.height() <= ih) {
            return new Mat(image, new Rect(win.x(), win.y(), win.width(), win.height()));
        }
        Mat canvas = new Mat(win.height(), win.width(), CV_8UC3, Scalar.all(0));
        int x0 = Math.max(0, win.x()), y0 = Math.max(0, win.y());
        int x1 = Math.min(iw, win.x() + win.width()), y1 = Math.min(ih, win.y() + win.height());
        if (x1 > x0 && y1 > y0) {
            Mat src = new Mat(image, new Rect(x0, y0, x1 - x0, y1 - y0));
            Mat dst = new Mat(canvas, new Rect(x0 - win.x(), y0 - win.y(), x1 - x0, y1 - y0));
            src.copyTo(dst);
        }
        return canvas;
    }

    /** Resized with area averaging when shrinking (no aliasing) and bilinear when enlarging. */
    static Mat resized(Mat src, int width, int height) {
        if (src.cols() == width && src.rows() == height) {
            return src;
        }
        Mat dst = new Mat();
        boolean shrink = src.cols() > width || src.rows() > height;
        resize(src, dst, new Size(width, height), 0, 0, shrink ? INTER_AREA : INTER_LINEAR);
        return dst;
    }

    static float[] floats(Mat m) {
        FloatBuffer b = m.createBuffer();
        float[] out = new float[b.remaining()];
        b.get(out);
        return out;
    }
}
