package io.veil.pipeline;

import io.veil.model.Box;
import io.veil.model.Finding;
import io.veil.model.PageRedaction;
import io.veil.model.PageInfo;
import io.veil.model.PageText;
import io.veil.model.RedactionKind;
import io.veil.model.ScanResult;
import io.veil.model.TextLayout;
import io.veil.model.TextSpan;
import io.veil.spi.FaceProof;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Turns findings into regions to destroy, page by page. Text is filled at character precision: a partial
 * redaction ({@code partial_last_4}) leaves exactly the last four letters or digits readable, {@code year_only}
 * leaves the year; both are computed from the glyph geometry of the page layout. Faces are padded (default 30%
 * on every side) so hair, ears and chin go too. Immutable and thread-safe.
 *
 * <pre>{@code
 * List<PageRedaction> plan = new RedactionPlanner(0.3).plan(scanResult);
 * }</pre>
 */
public final class RedactionPlanner {
    private final double facePadding;

    public RedactionPlanner(double facePadding) {
        if (facePadding < 0 || facePadding > 2) {
            throw new IllegalArgumentException("face padding must be in [0, 2]: " + facePadding);
        }
        this.facePadding = facePadding;
    }

    public List<PageRedaction> plan(ScanResult result) {
        Map<Integer, TextLayout> layouts = result.pages().stream()
                .collect(Collectors.toMap(PageText::page, PageText::layout, (a, b) -> a));
        Map<Integer, PageInfo> infos = result.source().pages().stream()
                .collect(Collectors.toMap(PageInfo::number, Function.identity(), (a, b) -> a));
        List<PageRedaction> plan = new ArrayList<>();
        for (PageInfo info : result.source().pages()) {
            List<Box> fills = new ArrayList<>();
            List<Box> faces = new ArrayList<>();
            for (Finding f : result.findings()) {
                if (f.page() != info.number()) {
                    continue;
                }
                if (f.redaction() == RedactionKind.BLUR_FACE) {
                    f.boxes().forEach(b -> faces.add(b.pad(facePadding).clip(info.width(), info.height())));
                } else {
                    fills.addAll(textBoxes(f, layouts.getOrDefault(f.page(), TextLayout.EMPTY)).stream()
                            .map(b -> b.grow(margin(b)).clip(info.width(), info.height())).toList());
                }
            }
            plan.add(new PageRedaction(info.number(), fills, faces));
        }
        return plan;
    }

    /**
     * The plan with the face regions that hold one of {@code faces} (by page; a region holds a face box when it
     * covers at least 90% of it) moved to the solid fills: the escalation when a face still matched its original
     * after blurring or pixelation.
     */
    public static List<PageRedaction> fillFaces(List<PageRedaction> plan, Map<Integer, List<Box>> faces) {
        List<PageRedaction> out = new ArrayList<>(plan.size());
        for (PageRedaction p : plan) {
            List<Box> failing = faces.getOrDefault(p.page(), List.of());
            List<Box> fills = new ArrayList<>(p.fills()), kept = new ArrayList<>();
            for (Box region : p.faces()) {
                boolean holds = failing.stream().anyMatch(b -> region.covers(b, FaceProof.REGION_HOLDS_FACE));
                (holds ? fills : kept).add(region);
            }
            out.add(new PageRedaction(p.page(), fills, kept));
        }
        return out;
    }

    /** A fill grows by a tenth of the line height (at least one pixel): anti-aliased glyph edges go too. */
    private static int margin(Box b) {
        return Math.max(1, (int) Math.ceil(b.height() * 0.1));
    }

    /** The boxes to fill for a text finding: all of it, or all but the part the redaction keeps readable. */
    static List<Box> textBoxes(Finding f, TextLayout layout) {
        if (f.span() == null || layout.words().isEmpty()) {
            return f.boxes();
        }
        List<TextSpan> hidden = f.redaction().hiddenParts(f.span(), layout.text());
        List<Box> boxes = new ArrayList<>();
        hidden.forEach(s -> boxes.addAll(layout.boxesFor(s)));
        return boxes.isEmpty() ? f.boxes() : boxes;
    }
}
