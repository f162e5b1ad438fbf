package io.veil.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.veil.model.Category;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.PageInfo;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.Verification;
import io.veil.report.rules.Action;
import io.veil.report.rules.ActionRule;
import io.veil.report.rules.ActionRules;
import io.veil.report.rules.ComplianceMetadata;
import io.veil.report.rules.ComplianceRule;
import io.veil.report.rules.RecommendedActionRule;
import io.veil.report.rules.ReportFacts;
import io.veil.report.rules.RetentionRule;

import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;

/**
 * Builds the JSON report of one scanned file: seed 001's contract field for field (snake_case), with Veil's
 * additions ({@code schema_version}, {@code source}, {@code detector}, {@code explanation}, {@code text_span},
 * {@code bounding_boxes}, {@code errors}, {@code verification}). Fields always come in the same order, so the
 * same result gives byte-identical JSON. The output validates against {@link ReportSchema}.
 *
 * <p>Immutable and thread-safe: build one and share it.
 *
 * <pre>{@code
 * ReportBuilder reports = new ReportBuilder(new ReportOptions(false, "0.1.0"));
 * ObjectNode report = reports.build(scanResult);
 * Files.writeString(dir.resolve(name + ".json"), reports.toJson(scanResult));
 * }</pre>
 */
public final class ReportBuilder {

    /** The version of the report layout; bumped on any incompatible change of the schema. */
    public static final String SCHEMA_VERSION = "1.0";

    private static final ObjectMapper MAPPER = new ObjectMapper();
    /** Two-space indent, {@code "key": value}, and "\n" on every platform so that reports diff cleanly. */
    private static final DefaultPrettyPrinter PRINTER = new DefaultPrettyPrinter()
            .withSeparators(Separators.createDefaultInstance().withObjectFieldValueSpacing(Separators.Spacing.AFTER))
            .withObjectIndenter(new DefaultIndenter("  ", "\n"))
            .withArrayIndenter(new DefaultIndenter("  ", "\n"));
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private final ReportOptions options;
    private final List<ActionRule> actionRules;
    private final RecommendedActionRule recommendedAction = new RecommendedActionRule();
    private final RetentionRule retention = new RetentionRule();
    private final ComplianceRule compliance = new ComplianceRule();

    public ReportBuilder(ReportOptions options) {
        this(options, ActionRules.standard());
    }

    /** A builder with its own list of action rules (in report order). */
    public ReportBuilder(ReportOptions options, List<ActionRule> actionRules) {
        this.options = Objects.requireNonNull(options, "options");
        this.actionRules = List.copyOf(actionRules);
    }

    /** Shorthand for {@code new ReportBuilder(new ReportOptions(maskValues, veilVersion))}. */
    public ReportBuilder(boolean maskValues, String veilVersion) {
        this(new ReportOptions(maskValues, veilVersion));
    }

    public ReportOptions options() {
        return options;
    }

    /** The report of {@code result} as a JSON tree (fields in contract order). */
    public ObjectNode build(ScanResult result) {
        Objects.requireNonNull(result.analyzedAt(), "analyzedAt");
        ReportFacts facts = ReportFacts.of(result);
        ObjectNode r = JSON.objectNode();
        r.put("schema_version", SCHEMA_VERSION);
        r.put("document_id", DocumentIds.documentId(result.source().sha256()));
        r.put("analysis_timestamp", timestamp(result.analyzedAt()));
        // The check is complete when every stage ran; a partial scan must not claim compliance was checked.
        r.put("gdpr_compliance_check", !facts.hasErrors());
        r.put("veil_version", options.veilVersion());
        r.set("source", source(result.source()));
        r.set("summary", summary(facts));
        r.set("pii_categories_detected", categories(facts));
        InstanceNodes instances = new InstanceNodes(options.maskValues(), result.pages());
        ArrayNode list = r.putArray("pii_instances");
        for (int i = 0; i < result.findings().size(); i++) {
            list.add(instances.instance(DocumentIds.instanceId(i), result.findings().get(i)));
        }
        r.set("redaction_map", RedactionMapNodes.of(result.findings()));
        r.set("compliance_metadata", compliance(compliance.apply(facts)));
        r.set("recommended_actions", actions(ActionRules.apply(actionRules, facts)));
        r.set("errors", errors(result.errors()));
        r.set("verification", verification(result.verification()));
        return r;
    }

    /** The report of {@code result}, pretty-printed. */
    public String toJson(ScanResult result) {
        return pretty(build(result));
    }

    /** {@code report} in the layout of every Veil report (two-space indent, "\n" line ends, final newline). */
    static String pretty(ObjectNode report) {
        try {
            return MAPPER.writer(PRINTER).writeValueAsString(report) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException("cannot serialise report", e);
        }
    }

    static String timestamp(Instant t) {
        return DateTimeFormatter.ISO_INSTANT.format(t.truncatedTo(ChronoUnit.SECONDS));
    }

    private static ObjectNode source(SourceInfo s) {
        ObjectNode n = JSON.objectNode();
        n.put("file_name", s.fileName());
        n.put("sha256", s.sha256());
        n.put("size_bytes", s.sizeBytes());
        n.put("media_type", s.mediaType());
        ArrayNode pages = n.putArray("pages");
        for (PageInfo p : s.pages()) {
            pages.addObject().put("page", p.number()).put("width", p.width()).put("height", p.height())
                    .put("units", p.units());
        }
        return n;
    }

    private ObjectNode summary(ReportFacts facts) {
        ObjectNode n = JSON.objectNode();
        n.put("pii_detected", facts.hasFindings());
        n.put("total_pii_instances", facts.total());
        n.put("risk_level", facts.risk().id());
        n.put("recommended_action", recommendedAction.apply(facts).id());
        n.put("retention_policy_applicable", retention.apply(facts).id());
        return n;
    }

    private static ArrayNode categories(ReportFacts facts) {
        ArrayNode a = JSON.arrayNode();
        for (Category c : facts.counts().keySet()) {
            a.addObject().put("category", c.id()).put("count", facts.count(c)).put("severity", c.severity().id())
                    .put("gdpr_article", GdprBasis.articleOf(c));
        }
        return a;
    }

    private static ObjectNode compliance(ComplianceMetadata m) {
        ObjectNode n = JSON.objectNode();
        n.put("data_subject_identifiable", m.dataSubjectIdentifiable());
        n.put("special_category_data_present", m.specialCategoryDataPresent());
        n.put("requires_consent_tracking", m.requiresConsentTracking());
        n.put("retention_policy_required", m.retentionPolicyRequired());
        n.put("cross_border_transfer", m.crossBorderTransfer());
        n.put("right_to_erasure_applicable", m.rightToErasureApplicable());
        n.put("dpia_recommended", m.dpiaRecommended());
        ArrayNode art9 = n.putArray("art9_categories");
        m.art9Categories().forEach(art9::add);
        n.put("lawful_basis_required", m.lawfulBasisRequired());
        n.put("pci_dss_scope", m.pciDssScope());
        n.put("data_minimization_applied", m.dataMinimizationApplied());
        n.put("processing_location", m.processingLocation());
        ArrayNode meta = n.putArray("metadata_found");
        m.metadataFound().forEach(meta::add);
        return n;
    }

    private static ArrayNode actions(List<Action> actions) {
        ArrayNode a = JSON.arrayNode();
        actions.forEach(x -> a.addObject().put("action", x.action()).put("priority", x.priority().id())
                .put("reason", x.reason()));
        return a;
    }

    private static ArrayNode errors(List<FileError> errors) {
        ArrayNode a = JSON.arrayNode();
        errors.forEach(e -> a.addObject().put("stage", e.stage()).put("message", e.message()).put("page", e.page()));
        return a;
    }

    /** Residual findings carry no value: a failed verification must not re-leak what it found. */
    private static ObjectNode verification(Verification v) {
        if (v == null) {
            return null;
        }
        ObjectNode n = JSON.objectNode();
        n.put("passed", v.passed());
        ArrayNode residual = n.putArray("residual_findings");
        for (Finding f : v.residualFindings()) {
            ObjectNode e = residual.addObject().put("category", f.category().id()).put("page", f.page());
            e.set("bounding_box", f.boundingBox().map(InstanceNodes::box).orElse(null));
            e.put("detector", f.detector());
        }
        if (!v.faceProofs().isEmpty()) {
            ArrayNode proofs = n.putArray("face_proof");
            for (Verification.FaceProofOnPage p : v.faceProofs()) {
                ObjectNode e = proofs.addObject().put("page", p.page());
                e.set("bounding_box", InstanceNodes.box(p.check().box()));
                e.put("similarity", Math.round(p.check().similarity() * 1000) / 1000.0)
                        .put("match_threshold", Math.round(p.check().threshold() * 1000) / 1000.0)
                        .put("still_matches", p.check().matches())
                        .put("still_detected", p.check().detected())
                        .put("filled_solid", p.filledSolid())
                        .put("anonymous", p.check().anonymous());
            }
        }
        return n;
    }
}
