package io.veil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.veil.model.ScanResult;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ReportSchemaTest {

    private static final Schema SCHEMA = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
            .getSchema(ReportSchema.text(), InputFormat.JSON);
    private static final ObjectMapper MAPPER = new ObjectMapper();

    static Stream<Arguments> reports() {
        return Stream.of(
                Arguments.of("every category", Fixtures.everyCategory(), false),
                Arguments.of("a face only", Fixtures.faceOnly(), false),
                Arguments.of("errors and no findings", Fixtures.errorsNoFindings(), false),
                Arguments.of("every category, masked", Fixtures.everyCategory(), true),
                Arguments.of("failed verification", Fixtures.redactedButResidual(), false),
                Arguments.of("faces proven", Fixtures.faceProven(), false));
    }

    @ParameterizedTest(name = "report with {0} validates against the schema")
    @MethodSource("reports")
    void generatedReportValidatesAgainstTheSchema(String name, ScanResult result, boolean masked) throws Exception {
        String json = new ReportBuilder(masked, "0.1.0").toJson(result);

        List<Error> errors = SCHEMA.validate(json, InputFormat.JSON);

        assertThat(errors).as(name).isEmpty();
        assertThat(MAPPER.readTree(json).get("schema_version").asText()).isEqualTo(ReportBuilder.SCHEMA_VERSION);
    }

    @Test
    void schemaRejectsAReportWithAnUnknownCategory() {
        ObjectNode report = new ReportBuilder(false, "0.1.0").build(Fixtures.everyCategory());
        ((ObjectNode) report.get("pii_instances").get(0)).put("category", "shoe_size");

        assertThat(SCHEMA.validate(report)).isNotEmpty();
    }

    @Test
    void schemaRejectsAReportMissingASeedField() {
        ObjectNode report = new ReportBuilder(false, "0.1.0").build(Fixtures.everyCategory());
        ((ObjectNode) report.get("summary")).remove("risk_level");

        assertThat(SCHEMA.validate(report)).isNotEmpty();
    }

    @Test
    void schemaRejectsAPartialBoxWithoutWhatItKeeps() {
        ObjectNode report = new ReportBuilder(false, "0.1.0").build(Fixtures.everyCategory());
        JsonNode partial = report.get("redaction_map").get("partial_redaction_boxes");
        assertThat(partial).isNotEmpty();
        ((ObjectNode) partial.get(0)).remove("keep");

        assertThat(SCHEMA.validate(report)).isNotEmpty();
    }

    @Test
    void schemaDeclaresDraft2020AndItsId() {
        JsonNode schema = ReportSchema.tree();

        assertThat(schema.get("$schema").asText()).isEqualTo("https://json-schema.org/draft/2020-12/schema");
        assertThat(schema.get("$id").asText()).isEqualTo(ReportSchema.ID);
    }
}
