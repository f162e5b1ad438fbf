package io.veil.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.Finding;
import io.veil.model.PageRedaction;
import io.veil.model.RedactionKind;
import io.veil.model.TextLayout;
import io.veil.model.TextSpan;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RedactionPlannerTest {

    @Test
    void partialRedactionLeavesExactlyTheLastFourDigitsOfACard() {
        String card = "4111 1111 1111 1234";
        TextLayout.Builder b = TextLayout.builder();
        String[] groups = card.split(" ");
        for (int i = 0; i < groups.length; i++) {
            if (i > 0) {
                b.space();
            }
            b.word(groups[i], new Box(i * 50, 0, 40, 10), 0.9);
        }
        TextLayout layout = b.build();
        Finding f = Finding.inText(Category.CREDIT_CARD, card, 1, new TextSpan(0, card.length()), "card",
                Explanation.of("card", 0.9), Map.of());
        List<Box> boxes = RedactionPlanner.textBoxes(f, layout);
        assertThat(boxes).containsExactly(new Box(0, 0, 140, 10));
        assertThat(boxes.get(0).right()).isLessThanOrEqualTo(150);
    }

    @Test
    void yearOnlyRedactionKeepsTheYearReadable() {
        String text = "DOB 12.03.1985";
        List<TextSpan> hidden = RedactionKind.YEAR_ONLY.hiddenParts(new TextSpan(4, 14), text);
        assertThat(hidden).containsExactly(new TextSpan(4, 10));
    }

    @Test
    void valueTooShortForPartialIsRedactedWhole() {
        List<TextSpan> hidden = RedactionKind.PARTIAL_LAST_4.hiddenParts(new TextSpan(0, 3), "123");
        assertThat(hidden).containsExactly(new TextSpan(0, 3));
    }

    @Test
    void facesArePaddedBeyondTheirBox() {
        io.veil.model.SourceInfo src = new io.veil.model.SourceInfo("a.png", "00", 1, "image/png",
                List.of(new io.veil.model.PageInfo(1, 1000, 1000, "px")));
        Finding face = new Finding(Category.FACE_BIOMETRIC, "face", 1, null, List.of(new Box(100, 100, 100, 100)),
                io.veil.model.Origin.IMAGE, "blazeface", Explanation.of("blazeface", 0.9), Map.of(), RedactionKind.BLUR_FACE);
        io.veil.model.ScanResult r = new io.veil.model.ScanResult(src, List.of(), List.of(face), List.of(), null, List.of(), java.time.Instant.now());
        List<PageRedaction> plan = new RedactionPlanner(0.3).plan(r);
        assertThat(plan.get(0).faces()).containsExactly(new Box(70, 70, 160, 160));
    }

    @Test
    void facesThatFailedTheirProofMoveToTheSolidFillsOfTheirPageOnly() {
        Box text = new Box(0, 0, 50, 10), padded = new Box(70, 70, 160, 160), other = new Box(300, 70, 80, 80);
        List<PageRedaction> plan = List.of(new PageRedaction(1, List.of(text), List.of(padded, other)),
                new PageRedaction(2, List.of(), List.of(padded)));

        List<PageRedaction> filled = RedactionPlanner.fillFaces(plan, Map.of(1, List.of(new Box(100, 100, 100, 100))));

        assertThat(filled.get(0).fills()).containsExactly(text, padded);
        assertThat(filled.get(0).faces()).containsExactly(other);
        assertThat(filled.get(1)).isEqualTo(plan.get(1));
    }
}
