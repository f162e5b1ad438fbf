package io.veil.imaging.barcode;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.oned.Code128Writer;
import com.google.zxing.qrcode.QRCodeWriter;
import io.veil.model.Box;
import io.veil.spi.BarcodeReader.Barcode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ZxingBarcodeReaderTest {
    private static final String VCARD = "BEGIN:VCARD\nVERSION:3.0\nN:Example;Jane\nFN:Jane Example\n"
            + "TEL;TYPE=CELL:+1-202-555-0143\nEMAIL:jane.example@example.com\nEND:VCARD";

    private final ZxingBarcodeReader reader = new ZxingBarcodeReader();

    @Test
    void vcardQrCodeIsDecodedWithABoxOverTheWholeSymbol() throws Exception {
        BufferedImage page = blankPage(500, 400);
        Box symbol = draw(page, qr(VCARD, 180), 120, 90);

        List<Barcode> codes = reader.read(page);

        assertThat(codes).singleElement().satisfies(c -> {
            assertThat(c.format()).isEqualTo("QR_CODE");
            assertThat(c.payload()).isEqualTo(VCARD);
            assertThat(covers(c.box(), symbol)).as("box %s covers symbol %s", c.box(), symbol).isTrue();
            assertThat(c.box().area()).isLessThan(2 * symbol.area());
        });
    }

    @Test
    void smallestQrCodeIsStillCoveredToItsEdges() throws Exception {
        BufferedImage page = blankPage(300, 300);
        Box symbol = draw(page, qr("jane@example.com", 84), 100, 100); // version 1 or 2: the tightest case

        assertThat(reader.read(page)).singleElement().satisfies(c -> assertThat(covers(c.box(), symbol)).isTrue());
    }

    @Test
    void code128IsDecodedWithABoxOverItsFullBarHeight() throws Exception {
        BufferedImage page = blankPage(500, 300);
        Box symbol = draw(page, code128("ID-4711-EXAMPLE", 320, 90), 90, 120);

        List<Barcode> codes = reader.read(page);

        assertThat(codes).singleElement().satisfies(c -> {
            assertThat(c.format()).isEqualTo("CODE_128");
            assertThat(c.payload()).isEqualTo("ID-4711-EXAMPLE");
            assertThat(covers(c.box(), symbol)).as("box %s covers bars %s", c.box(), symbol).isTrue();
            assertThat(c.box().height()).isLessThan(symbol.height() + 20);
        });
    }

    @Test
    void uprightCode128IsFoundAndBoxedAlongItsBars() throws Exception {
        BufferedImage bars = code128("ID-4711-EXAMPLE", 320, 90);
        BufferedImage turned = new BufferedImage(bars.getHeight(), bars.getWidth(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = turned.createGraphics();
        g.setTransform(new AffineTransform(0, 1, -1, 0, bars.getHeight(), 0));
        g.drawImage(bars, 0, 0, null);
        g.dispose();
        BufferedImage page = blankPage(300, 500);
        Box symbol = draw(page, turned, 100, 80);

        List<Barcode> codes = reader.read(page);

        assertThat(codes).singleElement().satisfies(c -> {
            assertThat(c.payload()).isEqualTo("ID-4711-EXAMPLE");
            assertThat(covers(c.box(), symbol)).as("box %s covers bars %s", c.box(), symbol).isTrue();
        });
    }

    @Test
    void linearPatternOnlyAFewRowsHighIsNotTakenForABarcode() {
        // What a misread line of text looks like to a 1D reader: a decodable pattern that does not repeat in height.
        BufferedImage page = blankPage(500, 300);
        draw(page, code128("ID-4711-EXAMPLE", 320, 3), 90, 120);

        assertThat(reader.read(page)).isEmpty();
    }

    @Test
    void twoQrCodesSideBySideAreBothFound() throws Exception {
        BufferedImage page = blankPage(700, 300);
        draw(page, qr("mailto:jane@example.com", 160), 40, 60);
        draw(page, qr("tel:+12025550143", 160), 420, 60);

        assertThat(reader.read(page)).extracting(Barcode::payload)
                .containsExactlyInAnyOrder("mailto:jane@example.com", "tel:+12025550143");
    }

    @Test
    void pageWithoutCodesGivesNothing() {
        BufferedImage page = blankPage(400, 300);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.BLACK);
        g.drawString("No codes here", 50, 50);
        g.dispose();

        assertThat(reader.read(page)).isEmpty();
    }

    private static BufferedImage qr(String text, int size) throws Exception {
        BitMatrix m = new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 0));
        return MatrixToImageWriter.toBufferedImage(m);
    }

    private static BufferedImage code128(String text, int width, int height) {
        BitMatrix m = new Code128Writer().encode(text, BarcodeFormat.CODE_128, width, height, Map.of(EncodeHintType.MARGIN, 0));
        return MatrixToImageWriter.toBufferedImage(m);
    }

    private static BufferedImage blankPage(int w, int h) {
        BufferedImage page = new BufferedImage(w, h, BufferedImage.TYPE_3BYTE_BGR);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return page;
    }

    /** Draws {@code code} at (x, y) and returns the box of its dark pixels on the page. */
    private static Box draw(BufferedImage page, BufferedImage code, int x, int y) {
        Graphics2D g = page.createGraphics();
        g.drawImage(code, x, y, null);
        g.dispose();
        int x0 = Integer.MAX_VALUE, y0 = Integer.MAX_VALUE, x1 = -1, y1 = -1;
        for (int j = 0; j < code.getHeight(); j++) {
            for (int i = 0; i < code.getWidth(); i++) {
                if ((code.getRGB(i, j) & 0xFF) < 128) {
                    x0 = Math.min(x0, i);
                    y0 = Math.min(y0, j);
                    x1 = Math.max(x1, i);
                    y1 = Math.max(y1, j);
                }
            }
        }
        return Box.ofCorners(x + x0, y + y0, x + x1 + 1, y + y1 + 1);
    }

    private static boolean covers(Box outer, Box inner) {
        return outer.intersection(inner).equals(inner);
    }
}
