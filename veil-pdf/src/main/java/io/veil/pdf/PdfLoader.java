package io.veil.pdf;

import io.veil.spi.InputRejectedException;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Opens a PDF or refuses it with a message that names the file and the problem, never its contents. Streams
 * are cached in temp files, not on the heap, so a 500-page file keeps memory bounded.
 */
final class PdfLoader {

    /** PDF 1.7 §7.5.5: the end-of-file marker sits within the last 1024 bytes. */
    private static final int EOF_WINDOW = 1024;

    private PdfLoader() {
    }

    static PDDocument load(Path file) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
            throw new InputRejectedException(name + ": not a readable file");
        }
        checkEndMarker(file, name);
        try {
            PDDocument doc = Loader.loadPDF(file.toFile(), "", IOUtils.createTempFileOnlyStreamCache());
            if (doc.getNumberOfPages() == 0) {
                doc.close();
                throw new InputRejectedException(name + ": the PDF has no pages");
            }
            return doc;
        } catch (InvalidPasswordException e) {
            throw new InputRejectedException(name + ": the PDF is encrypted and needs a password", e);
        } catch (IOException e) {
            // PDFBox messages may quote bytes of the file, so only the kind of failure is named.
            throw new InputRejectedException(name + ": not a readable PDF (" + e.getClass().getSimpleName() + ")", e);
        }
    }

    private static void checkEndMarker(Path file, String name) throws InputRejectedException {
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            long size = raf.length();
            if (size < 8) {
                throw new InputRejectedException(name + ": too short to be a PDF (" + size + " bytes)");
            }
            byte[] head = new byte[5];
            raf.readFully(head);
            if (!new String(head, StandardCharsets.ISO_8859_1).equals("%PDF-")) {
                throw new InputRejectedException(name + ": no PDF header at byte 0");
            }
            int n = (int) Math.min(EOF_WINDOW, size);
            byte[] tail = new byte[n];
            raf.seek(size - n);
            raf.readFully(tail);
            if (!new String(tail, StandardCharsets.ISO_8859_1).contains("%%EOF")) {
                throw new InputRejectedException(name + ": truncated PDF, no %%EOF marker in the last "
                        + n + " of " + size + " bytes");
            }
        } catch (IOException e) {
            throw new InputRejectedException(name + ": cannot be read (" + e.getClass().getSimpleName() + ")", e);
        }
    }
}
