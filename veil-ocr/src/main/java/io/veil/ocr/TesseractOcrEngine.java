package io.veil.ocr;

import static org.bytedeco.tesseract.global.tesseract.PSM_AUTO;
import static org.bytedeco.tesseract.global.tesseract.PSM_SPARSE_TEXT;

import io.veil.model.TextLayout;
import io.veil.spi.EngineException;
import io.veil.spi.OcrEngine;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;
import org.bytedeco.leptonica.PIX;
import org.bytedeco.tesseract.TessBaseAPI;

/**
 * Reads page images with Tesseract 5 (LSTM) into a {@link TextLayout}: words with boxes in image pixels,
 * confidences in 0..1, and per-char glyph boxes where Tesseract's symbols spell the word exactly.
 *
 * <p>Small text (screenshots, low-resolution scans) is upscaled 2–3x before recognition and the boxes are
 * scaled back; a page on which automatic segmentation finds little is read again as sparse text (labels,
 * ID cards, photos). Words are kept whatever their confidence: recognizers weigh it, redaction errs on the
 * side of covering.
 *
 * <p>Thread-safe: native Tesseract instances are not, so the engine keeps a pool of them, one per
 * concurrent caller, created on demand and freed by {@link #close()}. Build it once and share it.
 *
 * <pre>{@code
 * try (OcrEngine ocr = TesseractOcrEngine.open(models.resolve("tessdata"))) {
 *     TextLayout layout = ocr.read(pageImage);
 *     String version = ocr.version();          // "tesseract-5.5.2 fra+deu+eng"
 * }
 * }</pre>
 */
public final class TesseractOcrEngine implements OcrEngine {

    /**
     * French, German and English, English last. Tesseract tries the languages in order and keeps the first
     * that reads a word as a dictionary word, so with English first "Müller", "Lefèvre" and "François" came
     * out as "Muller", "Lefevre", "Francois". Measured on a dense A4 page at 200 dpi: English text costs
     * about the same as English alone, mixed European text 1.5x (95% of words read vs 87%); Spanish,
     * Italian and Dutch add little and cost more (pass {@link #ALL_LANGUAGES} to have them).
     */
    public static final List<String> DEFAULT_LANGUAGES = List.of("fra", "deu", "eng");

    /** Every language Veil fetches trained data for, English last for the reason given above. */
    public static final List<String> ALL_LANGUAGES = List.of("fra", "deu", "spa", "ita", "nld", "eng");

    /** The resolution Tesseract is told, so it does not guess (and warn) for images without one. */
    static final int DPI = 300;

    /**
     * Median text line height in pixels below which the page is upscaled (by up to 3x) to about this
     * height. On FUNSD scans (12–16 px lines) words read went from 47% to 76%; 30 px lines (11 pt at
     * 200 dpi) are left alone, where upscaling would only quadruple the time.
     */
    static final int SMALL_TEXT_PX = 30;

    private static final int MAX_SCALE = 3;

    /** Upscaling stops above this many output pixels, to bound native memory. */
    private static final long MAX_UPSCALED_PIXELS = 60_000_000L;

    /** Fewer confident words than this after automatic segmentation triggers the sparse-text pass. */
    private static final int FEW_WORDS = 4;

    private static final double CONFIDENT = 0.6;

    private static final Pattern LANGUAGE = Pattern.compile("[A-Za-z0-9_]+");

    private final Path tessdata;
    private final String languages;
    private final String version;
    private final Deque<TessWorker> idle = new ArrayDeque<>();
    private boolean closed;

    private TesseractOcrEngine(Path tessdata, String languages) {
        this.tessdata = tessdata;
        this.languages = languages;
        this.version = "tesseract-" + TessBaseAPI.Version().getString() + " " + languages;
        // Load one instance now so that broken trained data fails at startup, not on the first page.
        idle.push(new TessWorker(tessdata, languages));
    }

    /** An engine for {@link #DEFAULT_LANGUAGES}. */
    public static TesseractOcrEngine open(Path tessdataDir) {
        return open(tessdataDir, DEFAULT_LANGUAGES);
    }

    /**
     * An engine for {@code languages} (Tesseract names such as {@code "eng"}, {@code "deu"}), each of which
     * must have a {@code <name>.traineddata} file in {@code tessdataDir}.
     *
     * @throws IllegalArgumentException when the list is empty or a name is malformed
     * @throws EngineException          when the folder or a language file is missing or fails to load
     */
    public static TesseractOcrEngine open(Path tessdataDir, List<String> languages) {
        Objects.requireNonNull(tessdataDir, "tessdataDir");
        if (languages.isEmpty()) {
            throw new IllegalArgumentException("at least one OCR language is needed");
        }
        for (String language : languages) {
            if (!LANGUAGE.matcher(language).matches()) {
                throw new IllegalArgumentException("not a Tesseract language name: '" + language + "'");
            }
        }
        if (!Files.isDirectory(tessdataDir)) {
            throw new EngineException("OCR trained data folder " + tessdataDir
                    + " does not exist; run scripts/fetch-models.sh to fetch it");
        }
        for (String language : languages) {
            if (!Files.isRegularFile(tessdataDir.resolve(language + ".traineddata"))) {
                throw new EngineException("OCR language '" + language + "' has no " + language
                        + ".traineddata in " + tessdataDir + "; run scripts/fetch-models.sh to fetch it");
            }
        }
        return new TesseractOcrEngine(tessdataDir, String.join("+", languages));
    }

    @Override
    public TextLayout read(BufferedImage page) {
        Objects.requireNonNull(page, "page");
        TessWorker worker = borrow();
        try {
            return read(worker, page);
        } finally {
            giveBack(worker);
        }
    }

    private static TextLayout read(TessWorker worker, BufferedImage page) {
        PIX pix = GrayPix.of(page, 1, DPI);
        try {
            int scale = 1;
            int lineHeight = worker.medianLineHeight(pix, PSM_AUTO);
            if (lineHeight > 0 && lineHeight < SMALL_TEXT_PX) {
                scale = Math.min(MAX_SCALE, Math.ceilDiv(SMALL_TEXT_PX, lineHeight));
                while (scale > 1 && (long) scale * scale * page.getWidth() * page.getHeight() > MAX_UPSCALED_PIXELS) {
                    scale--;
                }
            }
            if (scale > 1) {
                GrayPix.destroy(pix);
                pix = null; // so that a failed upscale is not destroyed twice in finally
                pix = GrayPix.of(page, scale, DPI);
            }
            TextLayout layout = worker.recognize(pix, PSM_AUTO, scale);
            if (confidentWords(layout) < FEW_WORDS) {
                TextLayout sparse = worker.recognize(pix, PSM_SPARSE_TEXT, scale);
                if (confidentChars(sparse) > confidentChars(layout)) {
                    layout = sparse;
                }
            }
            return layout;
        } finally {
            GrayPix.destroy(pix);
        }
    }

    private static long confidentWords(TextLayout layout) {
        return layout.words().stream().filter(w -> w.confidence() >= CONFIDENT).count();
    }

    private static int confidentChars(TextLayout layout) {
        return layout.words().stream().filter(w -> w.confidence() >= CONFIDENT).mapToInt(w -> w.text().length()).sum();
    }

    @Override
    public String version() {
        return version;
    }

    /** The trained data folder this engine reads from. */
    public Path tessdata() {
        return tessdata;
    }

    private TessWorker borrow() {
        synchronized (idle) {
            if (closed) {
                throw new IllegalStateException("the OCR engine is closed");
            }
            TessWorker worker = idle.poll();
            if (worker != null) {
                return worker;
            }
        }
        // Loading trained data takes a while: do it outside the lock so other threads keep working.
        return new TessWorker(tessdata, languages);
    }

    private void giveBack(TessWorker worker) {
        synchronized (idle) {
            if (!closed) {
                idle.push(worker);
                return;
            }
        }
        worker.close();
    }

    /** Frees every idle native instance; instances still reading are freed when their page is done. */
    @Override
    public void close() {
        synchronized (idle) {
            closed = true;
            idle.forEach(TessWorker::close);
            idle.clear();
        }
    }
}
