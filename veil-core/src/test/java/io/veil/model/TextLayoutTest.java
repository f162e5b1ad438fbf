package io.veil.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextLayoutTest {

    private static TextLayout twoLines() {
        return TextLayout.builder()
                .word("IBAN", new Box(10, 10, 40, 12), 0.9).space()
                .word("DE89", new Box(60, 10, 40, 12), 0.9).newline()
                .word("3704", new Box(10, 30, 40, 12), 0.9).space()
                .word("0044", new Box(60, 30, 40, 12), 0.9)
                .build();
    }

    @Test
    void spanOverTwoLinesGivesOneBoxPerLine() {
        TextLayout layout = twoLines();
        int start = layout.text().indexOf("DE89");
        List<Box> boxes = layout.boxesFor(new TextSpan(start, layout.text().length()));
        assertThat(boxes).containsExactly(new Box(60, 10, 40, 12), new Box(10, 30, 90, 12));
    }

    @Test
    void spanInsideAWordIsCutByCharacterPosition() {
        TextLayout layout = twoLines();
        int start = layout.text().indexOf("DE89");
        List<Box> boxes = layout.boxesFor(new TextSpan(start, start + 2));
        assertThat(boxes).containsExactly(new Box(60, 10, 20, 12));
    }

    @Test
    void glyphBoxesWinOverInterpolation() {
        List<Box> glyphs = List.of(new Box(0, 0, 5, 10), new Box(5, 0, 15, 10), new Box(20, 0, 5, 10));
        TextLayout layout = TextLayout.builder().word("aWi", new Box(0, 0, 25, 10), 1.0, glyphs).build();
        assertThat(layout.boxesFor(new TextSpan(1, 2))).containsExactly(new Box(5, 0, 15, 10));
    }

    @Test
    void punctuationLeftBesideAValueIsCoveredWithIt() {
        TextLayout layout = TextLayout.builder().word("1439,", new Box(0, 0, 50, 10), 0.9).build();
        assertThat(layout.boxesFor(new TextSpan(0, 4))).containsExactly(new Box(0, 0, 50, 10));
    }

    @Test
    void spanOutsideEveryWordHasNoBox() {
        assertThat(twoLines().boxesFor(new TextSpan(4, 5))).isEmpty();
    }

    @Test
    void wordThatDoesNotMatchTheTextIsRejected() {
        assertThatThrownBy(() -> new TextLayout("abc", List.of(new Word("xyz", new Box(0, 0, 1, 1), 1, new TextSpan(0, 3)))))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void codePointSpanCountsAnEmojiAsOneCharacter() {
        String text = "\uD83D\uDE00 jane@example.com";
        assertThat(new TextSpan(3, 19).toCodePoints(text)).isEqualTo(new TextSpan(2, 18));
    }
}
