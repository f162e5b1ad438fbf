package io.veil.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import io.veil.model.DecodedDocument;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.TextSpan;
import io.veil.spi.InputRejectedException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextDocumentsTest {
    @TempDir
    Path dir;

    private static Finding at(Category c, String text, String value) {
        int start = text.indexOf(value);
        return Finding.inText(c, value, 1, new TextSpan(start, start + value.length()), "t", Explanation.of("t", 0.9), Map.of());
    }

    @Test
    void aCsvIsOnePageWhoseTextLayerIsTheFile() throws Exception {
        Path csv = Files.writeString(dir.resolve("people.csv"), "name,email\nJane Doe,jane.doe@example.com\n");
        DecodedDocument doc = new TextDecoder(1_000).decode(csv);
        assertThat(doc.source().mediaType()).isEqualTo("text/csv");
        assertThat(doc.pages()).singleElement().satisfies(p -> {
            assertThat(p.image()).isNull();
            assertThat(p.textLayer().text()).contains("jane.doe@example.com");
            assertThat(p.info().units()).isEqualTo("chars");
        });
    }

    @Test
    void latin1TextIsReadWhenItIsNotUtf8() throws Exception {
        Path txt = dir.resolve("old.txt");
        Files.write(txt, "Müller".getBytes(StandardCharsets.ISO_8859_1));
        assertThat(new TextDecoder(1_000).decode(txt).pages().get(0).textLayer().text()).isEqualTo("Müller");
    }

    @Test
    void binaryContentAndOversizedFilesAreRefusedWithWhere() throws Exception {
        Path bin = dir.resolve("dump.log");
        Files.write(bin, new byte[] {'a', 'b', 0, 'c'});
        assertThatThrownBy(() -> new TextDecoder(1_000).decode(bin)).isInstanceOf(InputRejectedException.class)
                .hasMessageContaining("offset 2");
        Path big = Files.writeString(dir.resolve("big.txt"), "x".repeat(2_000));
        assertThatThrownBy(() -> new TextDecoder(1_000).decode(big)).hasMessageContaining("2000 bytes").hasMessageContaining("1000");
    }

    @Test
    void valuesAreReplacedByTagsOrMaskedToTheirLastFour() {
        String text = "Jane Doe paid with 4111 1111 1111 1234 on 2024-01-02, born 12.03.1985.";
        List<Finding> findings = List.of(at(Category.FULL_NAME, text, "Jane Doe"), at(Category.CREDIT_CARD, text, "4111 1111 1111 1234"),
                at(Category.DATE_OF_BIRTH, text, "12.03.1985"));
        assertThat(TextDocumentRedactor.redactText(text, findings))
                .isEqualTo("[FULL_NAME] paid with **** **** **** 1234 on 2024-01-02, born **.**.1985.");
    }

    @Test
    void theRedactorWritesUtf8InTheSameFormat() throws Exception {
        Path in = Files.writeString(dir.resolve("note.md"), "Contact: Zoë <zoe@example.com>");
        DecodedDocument doc = new TextDecoder(1_000).decode(in);
        String text = doc.pages().get(0).textLayer().text();
        Path out = dir.resolve("out.md");
        String type = new TextDocumentRedactor().redact(in, doc, List.of(at(Category.EMAIL_ADDRESS, text, "zoe@example.com")),
                List.of(), io.veil.model.FaceStyle.BLUR, out);
        assertThat(type).isEqualTo("text/markdown");
        assertThat(Files.readString(out)).isEqualTo("Contact: Zoë <[EMAIL_ADDRESS]>");
    }
}
