package io.veil.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.veil.model.Box;
import io.veil.model.ScanResult;
import java.util.List;
import org.junit.jupiter.api.Test;

class VideoReportsTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportSchema.text(), InputFormat.JSON);
    private static final VideoReports REPORTS = new VideoReports(new ReportBuilder(false, "0.1.0"));

    private static VideoFacts.Track track(int id, int detections) {
        return new VideoFacts.Track(id, 0.5, 2.0, detections, 0.9, 0.97, "blazeface-full",
                List.of(new VideoFacts.Point(0.5, new Box(100, 80, 60, 70)), new VideoFacts.Point(2.0, new Box(140, 82, 62, 71))));
    }

    private static VideoFacts facts(VideoFacts.Track... tracks) {
        return new VideoFacts(640, 360, 24, 48, 2.0, 1, false, List.of(tracks));
    }

    private static ScanResult oneFace() {
        return Fixtures.faceOnly();
    }

    @Test
    void videoReportValidatesAgainstTheSchema() {
        String json = REPORTS.toJson(oneFace(), facts(track(1, 40)));

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
    }

    @Test
    void provenVideoReportsItsFaceProofCountsAndValidates() {
        VideoFacts proven = new VideoFacts(640, 360, 24, 48, 2.0, 1, false, List.of(track(1, 40)), new VideoFacts.Proof(2, 3, 1));

        String json = REPORTS.toJson(oneFace(), proven);
        ObjectNode r = REPORTS.build(oneFace(), proven);

        assertThat(SCHEMA.validate(json, InputFormat.JSON)).isEmpty();
        assertThat(r.at("/video/face_proof/frames").asInt()).isEqualTo(2);
        assertThat(r.at("/video/face_proof/faces").asInt()).isEqualTo(3);
        assertThat(r.at("/video/face_proof/filled_solid").asInt()).isEqualTo(1);
        assertThat(REPORTS.build(oneFace(), facts(track(1, 40))).at("/video").has("face_proof")).isFalse();
    }

    @Test
    void videoReportKeepsTheSeedFieldsAndListsTheTrackPath() {
        ObjectNode r = REPORTS.build(oneFace(), facts(track(1, 40)));

        assertThat(r.get("summary").get("risk_level")).isNotNull();
        assertThat(r.get("pii_categories_detected").toString()).contains("face_biometric");
        JsonNode t = r.get("video").get("tracks").get(0);
        assertThat(t.get("track_id").asInt()).isEqualTo(1);
        assertThat(t.get("box_path")).hasSize(2);
        assertThat(t.get("box_path").get(1).get("x").asInt()).isEqualTo(140);
    }

    @Test
    void tracksWithFewerThanThreeDetectionsAreLeftOut() {
        ObjectNode r = REPORTS.build(oneFace(), facts(track(1, 2), track(2, 3)));

        JsonNode tracks = r.get("video").get("tracks");
        assertThat(tracks).hasSize(1);
        assertThat(tracks.get(0).get("track_id").asInt()).isEqualTo(2);
    }

    @Test
    void schemaRejectsATrackWithoutItsBoxPath() {
        ObjectNode r = REPORTS.build(oneFace(), facts(track(1, 40)));
        ((ObjectNode) r.get("video").get("tracks").get(0)).remove("box_path");

        assertThat(SCHEMA.validate(r)).isNotEmpty();
    }

    @Test
    void ordinaryReportHasNoVideoObject() {
        assertThat(new ReportBuilder(false, "0.1.0").build(oneFace()).has("video")).isFalse();
    }

    @Test
    void trackWithConfidenceAboveOneIsRejected() {
        assertThatThrownBy(() -> new VideoFacts.Track(1, 0, 1, 3, 1.2, 1.2, "d",
                List.of(new VideoFacts.Point(0, new Box(0, 0, 1, 1))))).isInstanceOf(IllegalArgumentException.class);
    }
}
