package io.veil.imaging;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.CRC32;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Synthetic image fixtures built in memory: patterns, encoded files, and hand-made metadata segments. */
public final class TestImages {
    private TestImages() {
    }

    /** A w×h picture whose corners differ (red top-left, green top-right, blue bottom-left, white rest). */
    public static BufferedImage corners(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        int s = Math.max(2, Math.min(w, h) / 4);
        g.setColor(Color.RED);
        g.fillRect(0, 0, s, s);
        g.setColor(Color.GREEN);
        g.fillRect(w - s, 0, s, s);
        g.setColor(Color.BLUE);
        g.fillRect(0, h - s, s, s);
        g.dispose();
        return img;
    }

    /** The colour at (x, y) as 0xRRGGBB. */
    public static int rgb(BufferedImage img, int x, int y) {
        return img.getRGB(x, y) & 0xFFFFFF;
    }

    /** True when two colours are within {@code tolerance} per channel (lossy formats move colours a little). */
    public static boolean near(int a, int b, int tolerance) {
        for (int shift = 0; shift <= 16; shift += 8) {
            if (Math.abs(((a >> shift) & 0xFF) - ((b >> shift) & 0xFF)) > tolerance) {
                return false;
            }
        }
        return true;
    }

    /** Encodes pages with the JDK writer for {@code format} ("png", "jpeg", "tiff", "bmp", "gif"). */
    public static byte[] encode(String format, BufferedImage... pages) {
        try {
            ImageWriter writer = ImageIO.getImageWritersByFormatName(format).next();
            for (var it = ImageIO.getImageWritersByFormatName(format); it.hasNext(); ) {
                ImageWriter w = it.next();
                if (w.getClass().getName().startsWith("com.sun.imageio.")) {
                    writer = w;
                    break;
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
                writer.setOutput(out);
                if (pages.length == 1) {
                    writer.write(new IIOImage(pages[0], null, null));
                } else {
                    writer.prepareWriteSequence(null);
                    for (BufferedImage p : pages) {
                        writer.writeToSequence(new IIOImage(p, null, null), null);
                    }
                    writer.endWriteSequence();
                }
            }
            writer.dispose();
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** {@code jpeg} with {@code segments} (complete APPn segments) inserted right after SOI. */
    public static byte[] spliceAfterSoi(byte[] jpeg, byte[]... segments) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(jpeg, 0, 2);
        for (byte[] s : segments) {
            out.writeBytes(s);
        }
        out.write(jpeg, 2, jpeg.length - 2);
        return out.toByteArray();
    }

    /** An APP1 "Exif" segment with IFD0 holding Orientation and, when {@code withGps}, a GPS IFD (lat 52°N). */
    public static byte[] exifSegment(int orientation, boolean withGps) {
        ByteBuffer tiff = ByteBuffer.allocate(128); // big-endian "MM"
        tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
        int entries = withGps ? 2 : 1;
        tiff.putShort((short) entries);
        tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
        int gpsIfd = 8 + 2 + entries * 12 + 4;
        if (withGps) {
            tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(gpsIfd);
        }
        tiff.putInt(0);
        if (withGps) {
            int rationals = gpsIfd + 2 + 2 * 12 + 4;
            tiff.putShort((short) 2);
            tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
            tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(rationals);
            tiff.putInt(0);
            tiff.putInt(52).putInt(1).putInt(31).putInt(1).putInt(0).putInt(1);
        }
        byte[] body = concat("Exif\0\0".getBytes(StandardCharsets.ISO_8859_1), java.util.Arrays.copyOf(tiff.array(), tiff.position()));
        return app(0xE1, body);
    }

    /** An APP1 XMP segment whose packet names a synthetic creator. */
    public static byte[] xmpSegment() {
        String packet = "<?xpacket begin=\"\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>"
                + "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
                + "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
                + "<dc:creator><rdf:Seq><rdf:li>Jane Example</rdf:li></rdf:Seq></dc:creator>"
                + "</rdf:Description></rdf:RDF></x:xmpmeta><?xpacket end=\"w\"?>";
        return app(0xE1, concat("http://ns.adobe.com/xap/1.0/\0".getBytes(StandardCharsets.ISO_8859_1),
                packet.getBytes(StandardCharsets.UTF_8)));
    }

    /** A COM (comment) segment. */
    public static byte[] commentSegment(String text) {
        return app(0xFE, text.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] app(int marker, byte[] body) {
        ByteBuffer b = ByteBuffer.allocate(4 + body.length);
        b.put((byte) 0xFF).put((byte) marker).putShort((short) (body.length + 2)).put(body);
        return b.array();
    }

    /** {@code png} with extra chunks inserted right after IHDR (which always ends at byte 33). */
    public static byte[] pngWithChunks(byte[] png, byte[]... chunks) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(png, 0, 33);
        for (byte[] c : chunks) {
            out.writeBytes(c);
        }
        out.write(png, 33, png.length - 33);
        return out.toByteArray();
    }

    /** One PNG chunk with a valid CRC. */
    public static byte[] pngChunk(String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.ISO_8859_1);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        return ByteBuffer.allocate(12 + data.length).putInt(data.length).put(typeBytes).put(data).putInt((int) crc.getValue()).array();
    }

    /** A tEXt chunk. */
    /** The chunk types of a PNG, in file order. */
    public static List<String> pngChunkTypes(byte[] png) {
        List<String> types = new java.util.ArrayList<>();
        ByteBuffer b = ByteBuffer.wrap(png);
        b.position(8);
        while (b.remaining() >= 12) {
            int length = b.getInt();
            byte[] type = new byte[4];
            b.get(type);
            types.add(new String(type, StandardCharsets.ISO_8859_1));
            b.position(b.position() + length + 4);
        }
        return types;
    }

    public static byte[] pngText(String keyword, String text) {
        return pngChunk("tEXt", concat(keyword.getBytes(StandardCharsets.ISO_8859_1), new byte[] {0},
                text.getBytes(StandardCharsets.ISO_8859_1)));
    }

    /** A PNG whose IHDR declares w×h RGB pixels (valid CRCs) followed by a tiny IDAT and IEND: a pixel bomb. */
    public static byte[] pngDeclaring(int w, int h) {
        byte[] ihdr = ByteBuffer.allocate(13).putInt(w).putInt(h).put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0).array();
        byte[] signature = {(byte) 0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A};
        byte[] idat = {0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01};
        return concat(signature, pngChunk("IHDR", ihdr), pngChunk("IDAT", idat), pngChunk("IEND", new byte[0]));
    }

    /** A 1×1 lossless WebP (the smallest valid VP8L file). */
    public static byte[] tinyWebp() {
        return new byte[] {'R', 'I', 'F', 'F', 0x1a, 0, 0, 0, 'W', 'E', 'B', 'P', 'V', 'P', '8', 'L', 0x0d, 0, 0, 0,
            0x2f, 0, 0, 0, 0x10, 0x07, 0x10, 0x11, 0x11, (byte) 0x88, (byte) 0x88, (byte) 0xfe, 0x07, 0};
    }

    public static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    /** Whether {@code needle} occurs in {@code haystack}. */
    public static boolean contains(byte[] haystack, String needle) {
        return new String(haystack, StandardCharsets.ISO_8859_1).contains(needle);
    }

    public static List<BufferedImage> pages(BufferedImage... images) {
        return List.of(images);
    }
}
