package io.veil.report.rules;

import io.veil.model.Box;
import io.veil.model.Category;
import io.veil.model.Explanation;
import io.veil.model.FileError;
import io.veil.model.Finding;
import io.veil.model.Origin;
import io.veil.model.RedactionKind;
import io.veil.model.RiskLevel;
import io.veil.model.ScanResult;
import io.veil.model.SourceInfo;
import io.veil.model.Verification;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RulesTest {

    /** {@code "EMAIL_ADDRESS*3 FULL_NAME"}: three e-mails and a name. */
    static ReportFacts facts(String spec, String... metadata) {
        return ReportFacts.of(result(spec, List.of(), null, metadata));
    }

    static ScanResult result(String spec, List<FileError> errors, Verification v, String... metadata) {
        List<Finding> findings = new ArrayList<>();
        for (String part : spec.isBlank() ? new String[0] : spec.trim().split("\\s+")) {
            String[] kv = part.split("\\*");
            int n = kv.length > 1 ? Integer.parseInt(kv[1]) : 1;
            for (int i = 0; i < n; i++) {
                Category c = Category.valueOf(kv[0]);
                findings.add(new Finding(c, "synthetic", 1, null, List.of(new Box(0, 0, 1, 1)), Origin.IMAGE, "t",
                        Explanation.of("t", 0.9), Map.of(), RedactionKind.FULL));
            }
        }
        return new ScanResult(new SourceInfo("a.png", null, 1, "image/png", List.of()), List.of(), findings,
                errors, v, Arrays.asList(metadata), Instant.EPOCH);
    }

    @ParameterizedTest(name = "{0} -> risk {1}")
    @CsvSource(delimiter = ';', value = {
            "'';                                  NONE",
            "PHONE_NUMBER;                        MEDIUM",
            "EMAIL_ADDRESS;                       HIGH",
            "EMAIL_ADDRESS FULL_NAME;             HIGH",
            "EMAIL_ADDRESS FULL_NAME PHONE_NUMBER; CRITICAL",
            "PHONE_NUMBER*10;                     HIGH",
            "PHONE_NUMBER*9;                      MEDIUM",
            "NATIONAL_ID;                         CRITICAL",
            "FACE_BIOMETRIC*12;                   CRITICAL"})
    void riskFollowsTheWorstFindingAndTheAmount(String spec, RiskLevel expected) {
        assertThat(facts(spec).risk()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "'';                           NO_ACTION_REQUIRED",
            "PHONE_NUMBER;                 REDACT_BEFORE_SHARING",
            "EMAIL_ADDRESS;                REDACT_ALL_BEFORE_STORAGE",
            "CREDIT_CARD;                  REDACT_ALL_BEFORE_STORAGE"})
    void summaryActionFollowsRisk(String spec, SummaryAction expected) {
        assertThat(new RecommendedActionRule().apply(facts(spec))).isEqualTo(expected);
    }

    @Test
    void anErrorOrAFailedVerificationAsksForManualReview() {
        RecommendedActionRule rule = new RecommendedActionRule();
        ReportFacts errored = ReportFacts.of(result("", List.of(new FileError("ocr", "failed", 1)), null));
        ReportFacts residual = ReportFacts.of(result("PHONE_NUMBER", List.of(), new Verification(false, List.of())));

        assertThat(rule.apply(errored)).isEqualTo(SummaryAction.MANUAL_REVIEW_REQUIRED);
        assertThat(rule.apply(residual)).isEqualTo(SummaryAction.MANUAL_REVIEW_REQUIRED);
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = ';', value = {
            "'';                                     NONE",
            "FULL_NAME;                              STORAGE_LIMITATION_ART_5_1_E",
            "NATIONAL_ID FULL_NAME;                  IDENTITY_DOCUMENTS_PURPOSE_LIMITED",
            "BANK_ACCOUNT NATIONAL_ID;               FINANCIAL_RECORDS_STATUTORY",
            "CREDIT_CARD;                            FINANCIAL_RECORDS_STATUTORY",
            "HEALTH_INFORMATION CREDIT_CARD;         HEALTH_RECORDS_STATUTORY"})
    void retentionTakesTheMostRegulatedRegime(String spec, RetentionPolicy expected) {
        assertThat(new RetentionRule().apply(facts(spec))).isEqualTo(expected);
    }

    @Test
    void aVerifiedRedactionAsksToShareOnlyTheCopyAndRestrictTheOriginal() {
        ReportFacts verified = ReportFacts.of(result("FACE_BIOMETRIC CREDIT_CARD", List.of(), new Verification(true, List.of()), "gps"));

        assertThat(new RecommendedActionRule().apply(verified)).isEqualTo(SummaryAction.SHARE_REDACTED_COPY_ONLY);
        List<String> actions = ActionRules.apply(ActionRules.standard(), verified).stream().map(Action::action).toList();
        assertThat(actions).contains("restrict_original").doesNotContain("redact_pii", "blur_faces", "strip_metadata");
    }

    @Test
    void aScanStillAsksToRedactAndBlur() {
        List<String> actions = ActionRules.apply(ActionRules.standard(), facts("FACE_BIOMETRIC CREDIT_CARD", "gps")).stream()
                .map(Action::action).toList();
        assertThat(actions).contains("redact_pii", "blur_faces", "strip_metadata").doesNotContain("restrict_original");
    }

    @Test
    void nationalIdIsNotSpecialCategoryButStillRecommendsADpia() {
        ComplianceMetadata m = new ComplianceRule().apply(facts("NATIONAL_ID"));

        assertThat(m.specialCategoryDataPresent()).isFalse();
        assertThat(m.art9Categories()).isEmpty();
        assertThat(m.dpiaRecommended()).isTrue();
        assertThat(m.dataSubjectIdentifiable()).isTrue();
    }

    @Test
    void faceMakesSpecialCategoryDataPresent() {
        ComplianceMetadata m = new ComplianceRule().apply(facts("FACE_BIOMETRIC FULL_NAME"));

        assertThat(m.specialCategoryDataPresent()).isTrue();
        assertThat(m.art9Categories()).containsExactly("face_biometric");
        assertThat(m.requiresConsentTracking()).isTrue();
        assertThat(m.processingLocation()).isEqualTo("on-premises");
        assertThat(m.crossBorderTransfer()).isFalse();
    }

    @Test
    void aLoneIpAddressDoesNotMakeTheSubjectIdentifiableButTwoCategoriesDo() {
        ComplianceRule rule = new ComplianceRule();

        assertThat(rule.apply(facts("IP_ADDRESS")).dataSubjectIdentifiable()).isFalse();
        assertThat(rule.apply(facts("IP_ADDRESS DEVICE_ID")).dataSubjectIdentifiable()).isTrue();
        assertThat(rule.apply(facts("")).lawfulBasisRequired()).isFalse();
    }

    @Test
    void cleanFileRecommendsNothing() {
        assertThat(ActionRules.apply(ActionRules.standard(), facts(""))).isEmpty();
    }

    @Test
    void criticalFindingsFacesAndMetadataEachRecommendTheirAction() {
        List<Action> actions = ActionRules.apply(ActionRules.standard(), facts("CREDIT_CARD FACE_BIOMETRIC*2", "gps"));

        assertThat(actions).extracting(Action::action).containsExactly("redact_pii", "blur_faces", "strip_metadata",
                "notify_dpo", "update_audit_log", "conduct_dpia", "verify_lawful_basis");
        assertThat(actions.get(0).priority()).isEqualTo(Priority.IMMEDIATE);
        assertThat(actions.get(1).reason()).startsWith("2 faces");
        assertThat(actions.get(2).reason()).contains("gps");
    }

    @Test
    void nonCriticalFindingsAskForRedactionWithHighPriority() {
        List<Action> actions = ActionRules.apply(ActionRules.standard(), facts("PHONE_NUMBER"));

        assertThat(actions).extracting(Action::action).containsExactly("redact_pii", "update_audit_log",
                "verify_lawful_basis");
        assertThat(actions.get(0).priority()).isEqualTo(Priority.HIGH);
    }
}
