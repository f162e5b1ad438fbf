package io.veil.pdf;

import io.veil.model.Box;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * The fallback for a page that cannot be rewritten safely: renders it, paints the boxes black in the pixels,
 * and replaces the page's content, resources and annotations by that one image, upright and at the page's
 * displayed size. Stateless.
 */
final class PageRasteriser {

    private PageRasteriser() {
    }

    static void rasterise(PDDocument doc, int index, List<Box> boxes, float dpi) throws IOException {
        PDPage page = doc.getPage(index);
        PageFrame frame = PageFrame.of(page);
        BufferedImage img = new PDFRenderer(doc).renderImageWithDPI(index, dpi, ImageType.RGB);
        double scale = dpi / 72.0;
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        for (Box b : boxes) {
            int x0 = (int) Math.floor(b.x() * scale), y0 = (int) Math.floor(b.y() * scale);
            int x1 = (int) Math.ceil(b.right() * scale), y1 = (int) Math.ceil(b.bottom() * scale);
            g.fillRect(x0, y0, x1 - x0, y1 - y0);
        }
        g.dispose();
        PDImageXObject image = LosslessFactory.createFromImage(doc, img);
        float w = frame.displayWidth(), h = frame.displayHeight();
        PDRectangle size = new PDRectangle(w, h);
        page.setRotation(0);
        page.setMediaBox(size);
        page.setCropBox(size);
        for (COSName box : List.of(COSName.BLEED_BOX, COSName.TRIM_BOX, COSName.ART_BOX)) {
            page.getCOSObject().removeItem(box);
        }
        page.setResources(new PDResources());
        page.setAnnotations(List.of());
        page.getCOSObject().removeItem(COSName.STRUCT_PARENTS);
        try (PDPageContentStream cs = new PDPageContentStream(doc, page, PDPageContentStream.AppendMode.OVERWRITE,
                true)) {
            cs.drawImage(image, 0, 0, w, h);
        }
    }
}
