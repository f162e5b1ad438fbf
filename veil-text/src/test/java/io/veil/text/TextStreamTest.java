package io.veil.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.spi.InputRejectedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextStreamTest {
    private static final Pattern EMAIL = Pattern.compile("[a-z.]+@example\\.org");

    /** Stands in for the recognizers: e-mails of example.org, spans in chars of the text it is given. */
    private static List<Finding> emails(String text) {
        List<Finding> out = new ArrayList<>();
        Matcher m = EMAIL.matcher(text);
        while (m.find()) {
            out.add(Finding.inText(Category.EMAIL_ADDRESS, m.group(), 1, new TextSpan(m.start(), m.end()), "email",
                    Explanation.of("email", 0.9), Map.of()));
        }
        return out;
    }

    /** Filler lines, an emoji (two chars, one code point) and e-mails placed across every window border. */
    private static String text() {
        StringBuilder b = new StringBuilder("first 😀 line jane.doe@example.org\n");
        for (int border = TextStream.CHUNK; border < 3 * TextStream.CHUNK; border += TextStream.CHUNK) {
            while (b.length() < border - 10) {
                b.append("log line without anything personal in it\n");
            }
            b.setLength(border - 10);
            b.append(" max.muster@example.org ");   // starts 9 chars before the border, ends after it
        }
        return b.append(" tail ann.other@example.org\n").toString();
    }

    @Test
    void everyValueIsFoundOnceWithItsOffsetsInTheWholeTextEvenAcrossWindowBorders(@TempDir Path dir) throws Exception {
        String text = text();
        Path file = Files.writeString(dir.resolve("big.log"), text, StandardCharsets.UTF_8);
        TextStream.Facts facts = TextStream.inspect(file);
        List<TextStream.Located> found = TextStream.scan(file, facts, TextStreamTest::emails);

        List<Finding> whole = emails(text);
        assertThat(whole).hasSize(4);
        assertThat(found).extracting(l -> l.finding().value()).containsExactlyElementsOf(whole.stream().map(Finding::value).toList());
        for (int i = 0; i < whole.size(); i++) {
            TextStream.Located l = found.get(i);
            assertThat(l.charStart()).isEqualTo(whole.get(i).span().start());
            assertThat(l.charEnd()).isEqualTo(whole.get(i).span().end());
            assertThat(l.finding().span()).isEqualTo(whole.get(i).span().toCodePoints(text));
        }
        assertThat(found.get(1).finding().span().start()).isEqualTo(found.get(1).charStart() - 1); // the emoji before it
        assertThat(facts.chars()).isEqualTo(text.length());
        assertThat(facts.charset()).isEqualTo(StandardCharsets.UTF_8);
    }

    @Test
    void theStreamedRedactionEqualsTheInMemoryOne(@TempDir Path dir) throws Exception {
        String text = text();
        Path file = Files.writeString(dir.resolve("big.log"), text, StandardCharsets.UTF_8);
        TextStream.Facts facts = TextStream.inspect(file);
        Path out = dir.resolve("out.log");
        TextStream.redact(file, facts, TextStream.scan(file, facts, TextStreamTest::emails), out);
        String expected = TextDocumentRedactor.redactText(text, emails(text));
        assertThat(Files.readString(out)).isEqualTo(expected).doesNotContain("@example.org");
    }

    @Test
    void binaryIsRefusedWithTheOffsetAndOtherBytesFallBackToWindows1252(@TempDir Path dir) throws Exception {
        Path binary = Files.write(dir.resolve("x.log"), new byte[] {'a', 'b', 0, 'c'});
        assertThatThrownBy(() -> TextStream.inspect(binary)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("NUL byte at offset 2");
        Path latin = Files.write(dir.resolve("l.txt"), "caf\u00e9 jane.doe@example.org".getBytes(StandardCharsets.ISO_8859_1));
        TextStream.Facts facts = TextStream.inspect(latin);
        assertThat(facts.charset().name()).isEqualTo("windows-1252");
        assertThat(TextStream.scan(latin, facts, TextStreamTest::emails)).extracting(l -> l.finding().span())
                .containsExactly(new TextSpan(5, 25));
        Path bom = Files.write(dir.resolve("b.txt"), ("\uFEFFjane.doe@example.org").getBytes(StandardCharsets.UTF_8));
        TextStream.Facts withBom = TextStream.inspect(bom);
        assertThat(withBom.bom()).isTrue();
        assertThat(TextStream.scan(bom, withBom, TextStreamTest::emails)).extracting(l -> l.charStart()).containsExactly(0L);
    }
}
