package io.veil.report;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.model.Box;
import io.veil.model.Finding;

import java.util.List;

/**
 * Writes {@code redaction_map}: one entry per box, flat {@code x/y/width/height} as in the seed plus
 * {@code instance_id} and {@code page}. Partial redactions keep characters on the value's last line only, so the
 * earlier lines of a wrapped value go to {@code full_redaction_boxes}. Stateless; thread-safe.
 */
final class RedactionMapNodes {

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private RedactionMapNodes() {
    }

    static ObjectNode of(List<Finding> findings) {
        ObjectNode map = JSON.objectNode();
        ArrayNode full = map.putArray("full_redaction_boxes");
        ArrayNode partial = map.putArray("partial_redaction_boxes");
        ArrayNode blur = map.putArray("blur_regions");
        for (int i = 0; i < findings.size(); i++) {
            Finding f = findings.get(i);
            String id = DocumentIds.instanceId(i);
            List<Box> boxes = f.boxes();
            for (int b = 0; b < boxes.size(); b++) {
                boolean last = b == boxes.size() - 1;
                switch (f.redaction()) {
                    case FULL -> full.add(entry(id, f.page(), boxes.get(b)));
                    case BLUR_FACE -> blur.add(entry(id, f.page(), boxes.get(b)).put("blur_strength", "heavy"));
                    case PARTIAL_LAST_4 -> (last ? partial : full).add(last
                            ? entry(id, f.page(), boxes.get(b)).put("show_last_chars", 4).put("keep", "last_4")
                            : entry(id, f.page(), boxes.get(b)));
                    case YEAR_ONLY -> (last ? partial : full).add(last
                            ? entry(id, f.page(), boxes.get(b)).put("keep", "year")
                            : entry(id, f.page(), boxes.get(b)));
                }
            }
        }
        return map;
    }

    private static ObjectNode entry(String instanceId, int page, Box box) {
        ObjectNode n = JSON.objectNode();
        n.put("instance_id", instanceId);
        n.put("page", page);
        n.setAll(InstanceNodes.box(box));
        return n;
    }
}
