package io.veil.ocr;

import static org.bytedeco.tesseract.global.tesseract.OEM_LSTM_ONLY;
import static org.bytedeco.tesseract.global.tesseract.RIL_TEXTLINE;
import static org.bytedeco.tesseract.global.tesseract.TessPageIteratorDelete;

import io.veil.model.TextLayout;
import io.veil.spi.EngineException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.tesseract.PageIterator;
import org.bytedeco.tesseract.StringVector;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * One native Tesseract instance. Not thread-safe: the engine hands each worker to one thread at a time.
 */
final class TessWorker implements AutoCloseable {

    /**
     * Sauvola thresholding: with Otsu (the default) a photographed page read as empty. debug_file keeps
     * Tesseract's chatter off stderr, where it would mix with the CLI's output.
     */
    private static final Map<String, String> VARIABLES = Map.of(
            "thresholding_method", "2",
            "user_defined_dpi", String.valueOf(TesseractOcrEngine.DPI),
            "debug_file", "/dev/null");

    private final TessBaseAPI api = new TessBaseAPI();

    /** The image whose layout the native instance holds, so recognition can reuse it; null after a page. */
    private PIX analysed;
    private int analysedPsm;

    TessWorker(Path tessdata, String languages) {
        List<String> names = new ArrayList<>(VARIABLES.keySet());
        StringVector keys = new StringVector(names.toArray(String[]::new));
        StringVector values = new StringVector(names.stream().map(VARIABLES::get).toArray(String[]::new));
        String dataPath = tessdata.toAbsolutePath().toString();
        if (!dataPath.endsWith("/")) {
            dataPath += "/";
        }
        int rc = api.Init(dataPath, languages, OEM_LSTM_ONLY, (byte[]) null, 0, keys, values, false);
        keys.close();
        values.close();
        if (rc != 0) {
            api.End();
            api.close();
            throw new EngineException("Tesseract could not load languages " + languages + " from " + tessdata
                    + "; run scripts/fetch-models.sh to fetch the trained data");
        }
    }

    /** The median text line height in the PIX's pixels from layout analysis alone, 0 when none is found. */
    int medianLineHeight(PIX pix, int psm) {
        api.SetPageSegMode(psm);
        api.SetImage(pix);
        analysed = pix;
        analysedPsm = psm;
        PageIterator it = api.AnalyseLayout();
        if (it == null || it.isNull()) {
            return 0;
        }
        List<Integer> heights = new ArrayList<>();
        int[] l = new int[1], t = new int[1], r = new int[1], b = new int[1];
        try {
            it.Begin();
            do {
                if (it.BoundingBox(RIL_TEXTLINE, l, t, r, b)) {
                    heights.add(b[0] - t[0]);
                }
            } while (it.Next(RIL_TEXTLINE));
        } finally {
            TessPageIteratorDelete(it);
        }
        return heights.isEmpty() ? 0 : heights.stream().sorted().toList().get(heights.size() / 2);
    }

    /** Recognises {@code pix} with page segmentation mode {@code psm}; boxes are divided by {@code scale}. */
    TextLayout recognize(PIX pix, int psm, int scale) {
        // Recognize() keeps the blocks AnalyseLayout() found for the same image; SetImage() would drop them
        // and pay for layout analysis twice.
        if (pix != analysed || psm != analysedPsm) {
            api.SetPageSegMode(psm);
            api.SetImage(pix);
        }
        analysed = null;
        try {
            if (api.Recognize(null) != 0) {
                throw new EngineException("Tesseract failed to recognise a page");
            }
            return LayoutCollector.collect(api, scale);
        } finally {
            api.Clear();
        }
    }

    @Override
    public void close() {
        api.End();
        api.close();
    }
}
