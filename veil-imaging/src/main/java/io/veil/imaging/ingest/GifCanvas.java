package io.veil.imaging.ingest;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import javax.imageio.metadata.IIOMetadata;
import org.w3c.dom.NamedNodeMap;
import org.w3c.dom.Node;

/**
 * Composes GIF frames as a viewer shows them: each frame is drawn at its offset on the logical screen, and the
 * previous frame's disposal (keep, clear to background, restore) is applied first. A frame of an animation is
 * often only the changed rectangle; scanning that alone would miss what the viewer sees. Not thread-safe: one
 * instance per decode.
 */
final class GifCanvas {
    private static final String IMAGE_FORMAT = "javax_imageio_gif_image_1.0";
    private static final String STREAM_FORMAT = "javax_imageio_gif_stream_1.0";

    private final BufferedImage canvas;
    private Rectangle lastRect;
    private String lastDisposal = "none";
    private BufferedImage saved;

    GifCanvas(int width, int height) {
        canvas = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
    }

    /** Draws one frame and returns a copy of the screen as it then shows, in the pipeline's pixel layout. */
    BufferedImage draw(BufferedImage frame, Frame placement) {
        Graphics2D g = canvas.createGraphics();
        try {
            if (lastRect != null && "restoreToBackgroundColor".equals(lastDisposal)) {
                g.setComposite(AlphaComposite.Clear);
                g.fill(lastRect);
                g.setComposite(AlphaComposite.SrcOver);
            } else if (saved != null && "restoreToPrevious".equals(lastDisposal)) {
                g.setComposite(AlphaComposite.Src);
                g.drawImage(saved, 0, 0, null);
                g.setComposite(AlphaComposite.SrcOver);
            }
            saved = "restoreToPrevious".equals(placement.disposal()) ? copy(canvas) : null;
            g.drawImage(frame, placement.left(), placement.top(), null);
        } finally {
            g.dispose();
        }
        lastRect = new Rectangle(placement.left(), placement.top(), frame.getWidth(), frame.getHeight());
        lastDisposal = placement.disposal();
        return Pixels.toBgr(canvas);
    }

    private static BufferedImage copy(BufferedImage src) {
        BufferedImage c = new BufferedImage(src.getWidth(), src.getHeight(), BufferedImage.TYPE_INT_ARGB);
        c.setData(src.getData());
        return c;
    }

    /** Where a frame goes on the logical screen and what happens to it afterwards. */
    record Frame(int left, int top, String disposal) {
        static Frame of(IIOMetadata meta) {
            if (meta == null || !java.util.Arrays.asList(meta.getMetadataFormatNames()).contains(IMAGE_FORMAT)) {
                return new Frame(0, 0, "none");
            }
            Node root = meta.getAsTree(IMAGE_FORMAT);
            int left = 0, top = 0;
            String disposal = "none";
            for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
                if ("ImageDescriptor".equals(n.getNodeName())) {
                    left = intAttr(n, "imageLeftPosition");
                    top = intAttr(n, "imageTopPosition");
                } else if ("GraphicControlExtension".equals(n.getNodeName())) {
                    Node d = n.getAttributes().getNamedItem("disposalMethod");
                    disposal = d == null ? "none" : d.getNodeValue();
                }
            }
            return new Frame(left, top, disposal);
        }
    }

    /** The logical screen size from the stream metadata, or {@code null} when absent. */
    static int[] logicalScreen(IIOMetadata stream) {
        if (stream == null || !java.util.Arrays.asList(stream.getMetadataFormatNames()).contains(STREAM_FORMAT)) {
            return null;
        }
        Node root = stream.getAsTree(STREAM_FORMAT);
        for (Node n = root.getFirstChild(); n != null; n = n.getNextSibling()) {
            if ("LogicalScreenDescriptor".equals(n.getNodeName())) {
                return new int[] {intAttr(n, "logicalScreenWidth"), intAttr(n, "logicalScreenHeight")};
            }
        }
        return null;
    }

    private static int intAttr(Node n, String name) {
        NamedNodeMap attrs = n.getAttributes();
        Node a = attrs == null ? null : attrs.getNamedItem(name);
        try {
            return a == null ? 0 : Integer.parseInt(a.getNodeValue());
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
