package io.veil.imaging.barcode;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.NotFoundException;
import com.google.zxing.ReaderException;
import com.google.zxing.Result;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.multi.GenericMultipleBarcodeReader;
import com.google.zxing.multi.qrcode.QRCodeMultiReader;
import io.veil.model.Box;
import io.veil.spi.BarcodeReader;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * Finds and decodes QR codes and barcodes with ZXing: a {@link GenericMultipleBarcodeReader} over every format
 * ({@code TRY_HARDER}), then ZXing's QR multi-reader, which finds several QR codes side by side that the
 * generic pass can miss. Each code's box covers the whole symbol (see {@link SymbolBox}), so redacting the
 * box destroys the code. A code seen by both passes is reported once. Immutable and thread-safe (ZXing readers
 * are made per call).
 *
 * <pre>{@code
 * BarcodeReader codes = new ZxingBarcodeReader();
 * for (BarcodeReader.Barcode c : codes.read(page)) {
 *     c.format();   // "QR_CODE"
 *     c.box();      // the symbol, in page pixels
 * }
 * }</pre>
 */
public final class ZxingBarcodeReader implements BarcodeReader {

    @Override
    public List<Barcode> read(BufferedImage image) {
        LuminanceSource source = new BufferedImageLuminanceSource(image);
        Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
        hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
        List<Barcode> found = new ArrayList<>();
        SymbolBox boxes = new SymbolBox(source);
        for (Result r : generic(source, hints)) {
            add(found, r, boxes);
        }
        for (Result r : qr(source, hints)) {
            add(found, r, boxes);
        }
        return List.copyOf(found);
    }

    private static Result[] generic(LuminanceSource source, Map<DecodeHintType, Object> hints) {
        try {
            return new GenericMultipleBarcodeReader(new MultiFormatReader()).decodeMultiple(bitmap(source), hints);
        } catch (NotFoundException e) {
            return new Result[0];
        }
    }

    private static Result[] qr(LuminanceSource source, Map<DecodeHintType, Object> hints) {
        try {
            return new QRCodeMultiReader().decodeMultiple(bitmap(source), hints);
        } catch (ReaderException e) {
            return new Result[0];
        }
    }

    private static BinaryBitmap bitmap(LuminanceSource source) {
        return new BinaryBitmap(new HybridBinarizer(source));
    }

    private static void add(List<Barcode> found, Result r, SymbolBox boxes) {
        if (r.getText() == null || r.getResultPoints() == null || r.getResultPoints().length == 0) {
            return;
        }
        Box box = boxes.of(r);
        if (box == null) {
            return;
        }
        String format = r.getBarcodeFormat().name();
        for (int i = 0; i < found.size(); i++) {
            Barcode seen = found.get(i);
            if (seen.format().equals(format) && seen.payload().equals(r.getText()) && seen.box().intersects(box)) {
                found.set(i, new Barcode(format, seen.payload(), seen.box().union(box)));
                return;
            }
        }
        found.add(new Barcode(format, r.getText(), box));
    }

    /** True for the one-dimensional symbologies, whose result points lie on a single scan line. */
    static boolean isLinear(BarcodeFormat f) {
        return switch (f) {
            case CODABAR, CODE_39, CODE_93, CODE_128, EAN_8, EAN_13, ITF, RSS_14, RSS_EXPANDED, UPC_A, UPC_E,
                 UPC_EAN_EXTENSION -> true;
            default -> false;
        };
    }
}
