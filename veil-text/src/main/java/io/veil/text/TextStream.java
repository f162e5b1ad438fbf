package io.veil.text;

import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.spi.InputRejectedException;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.function.Function;

/**
 * Text files of any size, in windows: each window owns {@link #CHUNK} chars and sees {@link #OVERLAP} chars of the
 * text before and after them, so a value cut by a window border is still seen whole by the window it starts in,
 * and reported once. Memory is a window's, whatever the file's size. Also: the file's facts in one streaming
 * pass (sha256, size, encoding, lines) and a streaming redaction by the findings' offsets. Stateless; thread-safe.
 *
 * <pre>{@code
 * TextStream.Facts facts = TextStream.inspect(Path.of("app.log"));
 * List<TextStream.Located> found = TextStream.scan(Path.of("app.log"), facts, window -> recognize(window));
 * TextStream.redact(Path.of("app.log"), facts, found, Path.of("out/app.log"));
 * }</pre>
 */
public final class TextStream {
    /** Chars each window owns. */
    public static final int CHUNK = 1 << 20;
    /** Chars of context each window sees on either side: longer than any value a recognizer reports. */
    public static final int OVERLAP = 4096;
    private static final int BUFFER = 1 << 16;

    private TextStream() {
    }

    /**
     * What one streaming pass over the bytes says: {@code charset} is UTF-8 when every byte sequence is valid
     * UTF-8 (a BOM is skipped), else windows-1252; {@code chars} counts UTF-16 chars of the decoded text.
     */
    public record Facts(String sha256, long bytes, Charset charset, boolean bom, long chars, long lines, int longestLine) {
    }

    /**
     * A finding of the streamed text: {@code finding} has its span in code points of the whole text (as the report
     * gives it); {@code charStart} and {@code charEnd} are the same span in chars, for the redaction.
     */
    public record Located(Finding finding, long charStart, long charEnd) {
    }

    /** Reads the file once. A NUL byte means binary content: refused with its offset. */
    public static Facts inspect(Path file) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        MessageDigest sha;
        try {
            sha = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("the JDK has no SHA-256", e);
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        boolean valid = true;
        boolean bom = false;
        long bytes = 0, chars = 0, lines = 0;
        int line = 0, longest = 0;
        byte[] buf = new byte[BUFFER];
        ByteBuffer pending = ByteBuffer.allocate(BUFFER + 8);
        CharBuffer out = CharBuffer.allocate(BUFFER + 8);
        try (InputStream in = Files.newInputStream(file)) {
            for (int n; (n = in.read(buf)) > 0; ) {
                sha.update(buf, 0, n);
                int from = 0;
                if (bytes == 0 && n >= 3 && (buf[0] & 0xFF) == 0xEF && (buf[1] & 0xFF) == 0xBB && (buf[2] & 0xFF) == 0xBF) {
                    bom = true;
                    from = 3;
                }
                for (int i = 0; i < n; i++) {
                    if (buf[i] == 0) {
                        throw new InputRejectedException(name + " holds binary data (a NUL byte at offset " + (bytes + i) + "), not text");
                    }
                    if (buf[i] == '\n') {
                        lines++;
                        longest = Math.max(longest, line);
                        line = 0;
                    } else {
                        line++;
                    }
                }
                bytes += n;
                if (valid) {
                    pending.put(buf, from, n - from).flip();
                    CoderResult r = utf8.decode(pending, out, false);
                    valid = !r.isError();
                    chars += out.position();
                    out.clear();
                    pending.compact();
                }
            }
            if (valid) {
                pending.flip();
                valid = !utf8.decode(pending, out, true).isError() && !utf8.flush(out).isError();
                chars += out.position();
            }
        } catch (IOException e) {
            throw new InputRejectedException("cannot read " + name + ": " + e.getMessage(), e);
        }
        longest = Math.max(longest, line);
        if (line > 0 || bytes == 0) {
            lines++;
        }
        Charset charset = valid ? StandardCharsets.UTF_8 : Charset.forName("windows-1252");
        long decodedChars = valid ? chars : bytes; // windows-1252: one char per byte
        return new Facts(HexFormat.of().formatHex(sha.digest()), bytes, charset, valid && bom, decodedChars, lines, longest);
    }

    /**
     * Runs {@code recognize} over each window's text and keeps the findings that start in the chars the window
     * owns, with their spans moved to the whole text (see {@link Located}). {@code recognize} gets spans in chars
     * of the window it is given.
     */
    public static List<Located> scan(Path file, Facts facts, Function<String, List<Finding>> recognize) throws IOException {
        List<Located> out = new ArrayList<>();
        try (Reader in = reader(file, facts)) {
            StringBuilder window = new StringBuilder();
            long windowStart = 0;    // chars of the text before the window
            long windowStartCp = 0;  // code points of the text before the window
            long owned = 0;          // where the chars this window owns start
            boolean eof = false;
            char[] buf = new char[BUFFER];
            while (true) {
                while (!eof && window.length() < (owned - windowStart) + CHUNK + OVERLAP) {
                    int n = in.read(buf);
                    if (n < 0) {
                        eof = true;
                    } else {
                        window.append(buf, 0, n);
                    }
                }
                long windowEnd = windowStart + window.length();
                if (owned >= windowEnd) {
                    break;
                }
                long ownedEnd = eof && windowEnd - owned <= CHUNK ? windowEnd : owned + CHUNK;
                if (ownedEnd < windowEnd && Character.isHighSurrogate(window.charAt((int) (ownedEnd - windowStart - 1)))) {
                    ownedEnd++; // never split a surrogate pair between two owners
                }
                String text = window.toString();
                int from = (int) (owned - windowStart), to = (int) (ownedEnd - windowStart);
                List<Finding> found = new ArrayList<>(recognize.apply(text));
                found.removeIf(f -> f.span() == null || f.span().start() < from || f.span().start() >= to);
                found.sort(Comparator.comparing(Finding::span));
                int cpAt = 0;
                long cp = windowStartCp;
                for (Finding f : found) {
                    cp += text.codePointCount(cpAt, f.span().start());
                    cpAt = f.span().start();
                    long cpEnd = cp + text.codePointCount(f.span().start(), f.span().end());
                    TextSpan global = new TextSpan(Math.toIntExact(cp), Math.toIntExact(cpEnd));
                    out.add(new Located(f.withSpan(global), windowStart + f.span().start(), windowStart + f.span().end()));
                }
                owned = ownedEnd;
                // Keep OVERLAP chars before the next owner as its left context.
                int drop = (int) Math.max(0, owned - OVERLAP - windowStart);
                if (drop > 0 && Character.isLowSurrogate(window.charAt(drop))) {
                    drop--;
                }
                windowStartCp += window.codePointCount(0, drop);
                window.delete(0, drop);
                windowStart += drop;
            }
        }
        return out;
    }

    /**
     * Writes the text with each located finding replaced as {@link TextDocumentRedactor} replaces it, streaming:
     * UTF-8 out, whatever the input's encoding. Overlapping findings: the first one wins.
     */
    public static void redact(Path file, Facts facts, List<Located> found, Path out) throws IOException {
        List<Located> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingLong(Located::charStart).thenComparing(l -> -l.charEnd()));
        try (Reader in = reader(file, facts); Writer w = new BufferedWriter(Files.newBufferedWriter(out, StandardCharsets.UTF_8), BUFFER)) {
            long at = 0;
            for (Located l : sorted) {
                if (l.charStart() < at) {
                    continue;
                }
                at += copy(in, w, l.charStart() - at);
                char[] value = new char[Math.toIntExact(l.charEnd() - l.charStart())];
                int read = 0;
                while (read < value.length) {
                    int n = in.read(value, read, value.length - read);
                    if (n < 0) {
                        throw new IOException("the text ended before a finding at char " + l.charStart() + ": it changed while being read");
                    }
                    read += n;
                }
                at += value.length;
                w.write(TextDocumentRedactor.replacement(l.finding(), new String(value)));
            }
            copy(in, w, Long.MAX_VALUE);
        }
    }

    private static long copy(Reader in, Writer w, long count) throws IOException {
        char[] buf = new char[BUFFER];
        long done = 0;
        while (done < count) {
            int n = in.read(buf, 0, (int) Math.min(buf.length, count - done));
            if (n < 0) {
                break;
            }
            w.write(buf, 0, n);
            done += n;
        }
        return done;
    }

    private static Reader reader(Path file, Facts facts) throws IOException {
        InputStream in = Files.newInputStream(file);
        if (facts.bom()) {
            in.skipNBytes(3);
        }
        return new InputStreamReader(in, facts.charset().newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE));
    }
}
