package io.veil.cli.samples;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.EncodeHintType;
import com.google.zxing.client.j2se.MatrixToImageWriter;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.qrcode.QRCodeWriter;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * Renders the synthetic documents used by the examples folder and the golden tests: an invoice, an ID card
 * and a mail-client screenshot, with synthetic personal data only (example.com/org addresses, reserved phone
 * ranges, published test card and IBAN numbers). {@code main} writes them into {@code examples/}.
 */
public final class SyntheticDocuments {
    /** The values each document holds, by report category; golden tests expect them found and removed. */
    public static final Map<String, Map<String, String>> VALUES = Map.of(
            "invoice.png", Map.of(
                    "full_name", "Jane Doe",
                    "email_address", "jane.doe@example.com",
                    "phone_number", "+44 20 7946 0958",
                    "bank_account", "GB82 WEST 1234 5698 7654 32",
                    "credit_card", "4111 1111 1111 1111"),
            "id-card.png", Map.of(
                    "full_name", "ERIKA MUSTERMANN",
                    "date_of_birth", "12.08.1964"),
            "screenshot.png", Map.of(
                    "full_name", "Max Müller",
                    "email_address", "max.mueller@example.org",
                    "ip_address", "192.0.2.44",
                    "device_id", "00:1A:2B:3C:4D:5E",
                    "national_id", "572-68-1439"));

    private SyntheticDocuments() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "examples");
        Files.createDirectories(dir);
        ImageIO.write(invoice(), "png", dir.resolve("invoice.png").toFile());
        ImageIO.write(idCard(null), "png", dir.resolve("id-card.png").toFile());
        ImageIO.write(screenshot(), "png", dir.resolve("screenshot.png").toFile());
    }

    /** An A4 invoice at 150 dpi with a bill-to block, payment details and a vCard QR code. */
    public static BufferedImage invoice() throws IOException {
        BufferedImage img = canvas(1240, 1754);
        Graphics2D g = graphics(img);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 44));
        g.drawString("INVOICE", 100, 150);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 26));
        line(g, 100, 230, "Example Supplies Ltd, 1 Market Road, Leeds LS1 1AA");
        line(g, 100, 270, "Invoice no. 2024-0117        Date: 03.04.2024");
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 28));
        line(g, 100, 380, "Bill to");
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 28));
        line(g, 100, 430, "Name: Jane Doe");
        line(g, 100, 475, "221B Baker Street, London NW1 6XE");
        line(g, 100, 520, "Email: jane.doe@example.com");
        line(g, 100, 565, "Phone: +44 20 7946 0958");
        g.setStroke(new BasicStroke(2));
        g.drawLine(100, 640, 1140, 640);
        line(g, 100, 700, "Office chairs (4)                                   EUR 1,196.00");
        line(g, 100, 745, "Delivery                                                EUR 49.00");
        g.drawLine(100, 790, 1140, 790);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 28));
        line(g, 100, 850, "Total                                                   EUR 1,245.00");
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 28));
        line(g, 100, 960, "Pay to IBAN: GB82 WEST 1234 5698 7654 32");
        line(g, 100, 1005, "Card on file: 4111 1111 1111 1111");
        g.drawImage(qr("BEGIN:VCARD\nVERSION:3.0\nFN:Jane Doe\nTEL:+44 20 7946 0958\nEMAIL:jane.doe@example.com\nEND:VCARD", 260),
                880, 1250, null);
        line(g, 100, 1450, "Thank you for your business.");
        g.dispose();
        return img;
    }

    /** An ID card (ISO ID-1 proportions); {@code photo} is drawn in the photo field when given. */
    public static BufferedImage idCard(BufferedImage photo) {
        BufferedImage img = canvas(1012, 638);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0xDCE9F5));
        g.fillRoundRect(0, 0, 1012, 638, 40, 40);
        g.setColor(new Color(0x1F3B5C));
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 34));
        g.drawString("IDENTITY CARD", 330, 70);
        if (photo != null) {
            g.drawImage(photo, 50, 120, 260, 340, null);
        } else {
            g.setColor(new Color(0xB0BEC5));
            g.fillRect(50, 120, 260, 340);
            g.setColor(new Color(0x78909C));
            g.fillOval(120, 170, 120, 140);
            g.fillRoundRect(85, 320, 190, 140, 80, 80);
        }
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 22));
        line(g, 350, 140, "Surname / Name");
        line(g, 350, 250, "Date of birth / Geburtsdatum");
        line(g, 350, 360, "Nationality");
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 32));
        line(g, 350, 185, "ERIKA MUSTERMANN");
        line(g, 350, 295, "12.08.1964");
        line(g, 350, 405, "DEUTSCH");
        g.dispose();
        return img;
    }

    /** A mail client at screen resolution with 14 px text, as users paste into tickets. */
    public static BufferedImage screenshot() {
        BufferedImage img = canvas(900, 420);
        Graphics2D g = graphics(img);
        g.setColor(new Color(0x2D3E50));
        g.fillRect(0, 0, 900, 36);
        g.setColor(Color.WHITE);
        g.setFont(new Font("DejaVu Sans", Font.BOLD, 15));
        g.drawString("Inbox - Support", 14, 24);
        g.setColor(Color.BLACK);
        g.setFont(new Font("DejaVu Sans", Font.PLAIN, 14));
        line(g, 20, 70, "From: Max Müller <max.mueller@example.org>");
        line(g, 20, 95, "Subject: Login problem since Monday");
        line(g, 20, 140, "Hello, I cannot log in since the update. My laptop's IP is 192.0.2.44");
        line(g, 20, 165, "and the Wi-Fi MAC address is 00:1A:2B:3C:4D:5E.");
        line(g, 20, 190, "For the identity check, my SSN is 572-68-1439.");
        line(g, 20, 235, "Regards, Max");
        g.dispose();
        return img;
    }

    private static BufferedImage qr(String payload, int size) {
        try {
            BitMatrix m = new QRCodeWriter().encode(payload, BarcodeFormat.QR_CODE, size, size, Map.of(EncodeHintType.MARGIN, 2));
            return MatrixToImageWriter.toBufferedImage(m);
        } catch (com.google.zxing.WriterException e) {
            throw new IllegalStateException("QR payload too large", e);
        }
    }

    private static BufferedImage canvas(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    private static Graphics2D graphics(BufferedImage img) {
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        return g;
    }

    private static void line(Graphics2D g, int x, int y, String s) {
        g.drawString(s, x, y);
    }
}
