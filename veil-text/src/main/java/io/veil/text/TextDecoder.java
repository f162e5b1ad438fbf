package io.veil.text;

import io.veil.model.DecodedDocument;
import io.veil.model.Digests;
import io.veil.model.Page;
import io.veil.model.PageInfo;
import io.veil.model.SourceInfo;
import io.veil.model.TextLayout;
import io.veil.spi.DocumentDecoder;
import io.veil.spi.InputRejectedException;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads plain-text documents (see {@link TextFormat}) as one page whose text layer is the file's text: findings
 * carry a {@code text_span} and no boxes. UTF-8 (with or without BOM) is read strictly; a file that is not valid
 * UTF-8 is read as Windows-1252. Binary content (NUL bytes) and files over the size budget are refused with a
 * message saying which. Immutable and thread-safe.
 *
 * <pre>{@code
 * DecodedDocument doc = new TextDecoder(50_000_000).decode(Path.of("export.csv"));
 * }</pre>
 */
public final class TextDecoder implements DocumentDecoder {
    /** The page size unit of text documents: the longest line in chars by the number of lines. */
    public static final String UNITS = "chars";

    private final long maxBytes;

    public TextDecoder(long maxBytes) {
        if (maxBytes < 1) {
            throw new IllegalArgumentException("size budget must be positive: " + maxBytes);
        }
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean supports(Path file) {
        return TextFormat.of(file).isPresent();
    }

    @Override
    public DecodedDocument decode(Path file) throws InputRejectedException {
        String name = String.valueOf(file.getFileName());
        TextFormat format = TextFormat.of(file).orElseThrow(() -> new InputRejectedException("not a text file: " + name));
        byte[] bytes;
        try {
            long size = Files.size(file);
            if (size > maxBytes) {
                throw new InputRejectedException(name + " is " + size + " bytes, over the text budget of " + maxBytes + " bytes");
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InputRejectedException("cannot read " + name + ": " + e.getMessage(), e);
        }
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == 0) {
                throw new InputRejectedException(name + " holds binary data (a NUL byte at offset " + i + "), not " + format.name().toLowerCase(java.util.Locale.ROOT) + " text");
            }
        }
        String text = decodeText(bytes);
        PageInfo info = new PageInfo(1, Math.max(1, longestLine(text)), Math.max(1, (int) text.lines().count()), UNITS);
        SourceInfo source = new SourceInfo(name, Digests.sha256(bytes), bytes.length, format.mediaType(), List.of(info));
        return new DecodedDocument(source, List.of(new Page(1, info, null, TextLayout.ofText(text))), List.of());
    }

    private static String decodeText(byte[] bytes) {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset)).toString();
        } catch (CharacterCodingException e) {
            return new String(bytes, Charset.forName("windows-1252"));
        }
    }

    private static int longestLine(String text) {
        return text.lines().mapToInt(String::length).max().orElse(0);
    }
}
