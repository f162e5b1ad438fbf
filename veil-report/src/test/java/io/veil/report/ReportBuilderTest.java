package io.veil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.model.PageText;
import io.veil.model.ScanResult;
import io.veil.model.TextLayout;
import io.veil.model.Verification;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ReportBuilderTest {

    private static final ReportBuilder REPORTS = new ReportBuilder(new ReportOptions(false, "0.1.0"));
    private static final ReportBuilder MASKED = new ReportBuilder(new ReportOptions(true, "0.1.0"));

    @Test
    void topLevelFieldsFollowTheSeedOrderWithAdditionsAround() {
        ObjectNode r = REPORTS.build(Fixtures.everyCategory());

        List<String> names = new ArrayList<>();
        r.fieldNames().forEachRemaining(names::add);
        assertThat(names).containsExactly("schema_version", "document_id", "analysis_timestamp",
                "gdpr_compliance_check", "veil_version", "source", "summary", "pii_categories_detected",
                "pii_instances", "redaction_map", "compliance_metadata", "recommended_actions", "errors",
                "verification");
    }

    @Test
    void documentIdComesFromTheInputHashAndTimestampIsUtcSeconds() {
        ObjectNode r = REPORTS.build(Fixtures.everyCategory());

        assertThat(r.get("document_id").asText()).isEqualTo("doc_9f86d081884c7d65");
        assertThat(r.get("analysis_timestamp").asText()).isEqualTo("2025-01-22T14:30:45Z");
        assertThat(r.at("/source/pages/1/units").asText()).isEqualTo("px");
    }

    @Test
    void sameResultGivesIdenticalJson() {
        ScanResult result = Fixtures.everyCategory();

        assertThat(REPORTS.toJson(result)).isEqualTo(REPORTS.toJson(result));
    }

    @Test
    void everyCategoryIsCountedWithItsLegallyAccurateArticle() {
        JsonNode cats = REPORTS.build(Fixtures.everyCategory()).get("pii_categories_detected");

        assertThat(cats).hasSize(Category.values().length);
        assertThat(find(cats, "national_id").get("gdpr_article").asText()).startsWith("Article 87")
                .doesNotContain("Article 9");
        assertThat(find(cats, "credit_card").get("gdpr_article").asText()).doesNotContain("Article 9");
        assertThat(find(cats, "health_information").get("gdpr_article").asText()).startsWith("Article 9(1)");
        assertThat(find(cats, "national_id").get("severity").asText()).isEqualTo("critical");
    }

    @Test
    void typeExtrasAndSpecialCategoryFlagsAreCopiedToInstances() {
        JsonNode instances = REPORTS.build(Fixtures.everyCategory()).get("pii_instances");

        assertThat(instance(instances, "credit_card").get("card_type").asText()).isEqualTo("Visa");
        assertThat(instance(instances, "credit_card").get("pci_dss_applicable").asBoolean()).isTrue();
        assertThat(instance(instances, "national_id").get("national_id_type").asText()).isEqualTo("US_SSN");
        assertThat(instance(instances, "national_id").get("gdpr_special_category").asBoolean()).isFalse();
        assertThat(instance(instances, "face_biometric").get("gdpr_special_category").asBoolean()).isTrue();
        assertThat(instance(instances, "face_biometric").has("detected_value")).isFalse();
        assertThat(instance(instances, "health_information").get("gdpr_special_category").asBoolean()).isTrue();
        assertThat(instances.get(0).get("instance_id").asText()).isEqualTo("pii_001");
        assertThat(instances.get(11).get("instance_id").asText()).isEqualTo("pii_012");
    }

    @Test
    void textSpanCountsCodePointsWhenAnEmojiAndAccentsPrecedeTheFinding() {
        // "😀" is two UTF-16 chars but one code point; "Zoë" is precomposed (one char each).
        PageText page = Fixtures.page(1, "😀 Zoë: jane.doe@example.com");
        Finding email = Fixtures.textFinding(Category.EMAIL_ADDRESS, "jane.doe@example.com", page, Map.of());
        assertThat(email.span().start()).isEqualTo(8);

        JsonNode span = REPORTS.build(Fixtures.withFindings(List.of(email), List.of(page)))
                .at("/pii_instances/0/location/text_span");

        assertThat(span.get("start").asInt()).isEqualTo(7);
        assertThat(span.get("end").asInt()).isEqualTo(27);
    }

    @Test
    void valueWrappingTwoLinesHasBothBoxesAndTheirUnion() {
        TextLayout layout = TextLayout.builder().word("Jane", new Box(10, 10, 40, 20), 0.9).newline()
                .word("Doe", new Box(10, 40, 30, 20), 0.9).build();
        PageText page = new PageText(1, layout);
        Finding name = Fixtures.textFinding(Category.FULL_NAME, "Jane\nDoe", page, Map.of());

        JsonNode loc = REPORTS.build(Fixtures.withFindings(List.of(name), List.of(page))).at("/pii_instances/0/location");

        assertThat(loc.get("bounding_boxes")).hasSize(2);
        assertThat(loc.at("/bounding_box/height").asInt()).isEqualTo(50);
    }

    @Test
    void wrappedCardKeepsLastFourOnItsLastLineOnly() {
        TextLayout layout = TextLayout.builder().word("4111", new Box(10, 10, 40, 20), 0.9).space()
                .word("1111", new Box(60, 10, 40, 20), 0.9).newline().word("1111", new Box(10, 40, 40, 20), 0.9)
                .space().word("1111", new Box(60, 40, 40, 20), 0.9).build();
        PageText page = new PageText(1, layout);
        Finding card = Fixtures.textFinding(Category.CREDIT_CARD, "4111 1111\n1111 1111", page, Map.of());

        JsonNode map = REPORTS.build(Fixtures.withFindings(List.of(card), List.of(page))).get("redaction_map");

        assertThat(map.get("full_redaction_boxes")).hasSize(1);
        assertThat(map.at("/full_redaction_boxes/0/y").asInt()).isEqualTo(10);
        assertThat(map.get("partial_redaction_boxes")).hasSize(1);
        assertThat(map.at("/partial_redaction_boxes/0/y").asInt()).isEqualTo(40);
        assertThat(map.at("/partial_redaction_boxes/0/show_last_chars").asInt()).isEqualTo(4);
    }

    @Test
    void maskedReportHoldsNoDetectedValueAnywhereInItsText() {
        String json = MASKED.toJson(Fixtures.everyCategory());

        for (String value : Fixtures.VALUES.values()) {
            assertThat(json).doesNotContain(value);
        }
        assertThat(json).doesNotContain("1111").doesNotContain("1982").doesNotContain("XXX-XX");
        assertThat(json).contains("\"detected_value\": \"[masked]\"");
    }

    @Test
    void maskedReportDropsAnAttributeThatRepeatsTheValue() {
        PageText page = Fixtures.page(1, "Card 4111 1111 1111 1111");
        Finding card = Fixtures.textFinding(Category.CREDIT_CARD, "4111 1111 1111 1111", page,
                Map.of("card_type", "Visa", "normalized", "4111111111111111"));

        JsonNode inst = MASKED.build(Fixtures.withFindings(List.of(card), List.of(page))).at("/pii_instances/0");

        assertThat(inst.has("normalized")).isFalse();
        assertThat(inst.get("card_type").asText()).isEqualTo("Visa");
    }

    @Test
    void samePersonGetsTheSamePseudonymTwice() {
        PageText page = Fixtures.page(1, "Jane Doe met JANE  DOE and John Roe");
        List<Finding> names = List.of(
                Fixtures.textFinding(Category.FULL_NAME, "Jane Doe", page, Map.of()),
                Fixtures.textFinding(Category.FULL_NAME, "JANE  DOE", page, Map.of()),
                Fixtures.textFinding(Category.FULL_NAME, "John Roe", page, Map.of()));

        JsonNode inst = REPORTS.build(Fixtures.withFindings(names, List.of(page))).get("pii_instances");

        assertThat(inst.findValuesAsText("pseudonymization_option")).containsExactly("PERSON_1", "PERSON_1", "PERSON_2");
    }

    @Test
    void contextDescribesTheSourceAndNeverQuotesTheText() {
        JsonNode inst = REPORTS.build(Fixtures.everyCategory()).get("pii_instances");

        assertThat(instance(inst, "full_name").get("context").asText()).isEqualTo("OCR text, page 1");
        assertThat(instance(inst, "face_biometric").get("context").asText()).isEqualTo("face in image, page 2");
    }

    @Test
    void failedFileIsReportedWithErrorsAndNoComplianceClaim() {
        ObjectNode r = REPORTS.build(Fixtures.errorsNoFindings());

        assertThat(r.get("gdpr_compliance_check").asBoolean()).isFalse();
        assertThat(r.at("/summary/recommended_action").asText()).isEqualTo("manual_review_required");
        assertThat(r.at("/summary/risk_level").asText()).isEqualTo("none");
        assertThat(r.get("errors")).hasSize(2);
        assertThat(r.at("/errors/0/stage").asText()).isEqualTo("ocr");
        assertThat(r.get("verification").isNull()).isTrue();
    }

    @Test
    void residualFindingsCarryNoValue() {
        String json = REPORTS.toJson(Fixtures.redactedButResidual().withVerification(
                new Verification(false, List.of(Fixtures.everyCategory().findings().get(1)))));
        JsonNode r = read(json);

        assertThat(r.at("/verification/passed").asBoolean()).isFalse();
        assertThat(r.at("/verification/residual_findings/0/category").asText()).isEqualTo("email_address");
        assertThat(r.at("/verification/residual_findings/0").has("detected_value")).isFalse();
        assertThat(r.at("/compliance_metadata/data_minimization_applied").asBoolean()).isFalse();
    }

    @Test
    void faceProofsAreListedWithTheirVerdict() {
        JsonNode r = REPORTS.build(Fixtures.faceProven());

        assertThat(r.at("/verification/passed").asBoolean()).isFalse();
        assertThat(r.at("/verification/face_proof")).hasSize(2);
        assertThat(r.at("/verification/face_proof/0/anonymous").asBoolean()).isTrue();
        assertThat(r.at("/verification/face_proof/1/still_matches").asBoolean()).isTrue();
        assertThat(r.at("/verification/face_proof/1/match_threshold").asDouble()).isEqualTo(0.45);
        assertThat(r.at("/verification/face_proof/0/filled_solid").asBoolean()).isFalse();
        assertThat(r.at("/verification/face_proof/1/filled_solid").asBoolean()).isTrue();
        assertThat(r.at("/recommended_actions").toString()).contains("Verification found personal data");
    }

    @Test
    void passedVerificationMeansDataMinimizationWasApplied() {
        ScanResult verified = Fixtures.everyCategory().withVerification(new Verification(true, List.of()));

        JsonNode r = REPORTS.build(verified);

        assertThat(r.at("/compliance_metadata/data_minimization_applied").asBoolean()).isTrue();
        assertThat(r.at("/verification/residual_findings")).isEmpty();
    }

    private static JsonNode find(JsonNode categories, String id) {
        for (JsonNode c : categories) {
            if (c.get("category").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("no category " + id);
    }

    private static JsonNode instance(JsonNode instances, String category) {
        return find(instances, category);
    }

    private static JsonNode read(String json) {
        try {
            return new ObjectMapper().readTree(json);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }
}
