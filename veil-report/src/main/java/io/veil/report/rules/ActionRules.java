package io.veil.report.rules;

import io.veil.model.Category;
import io.veil.model.Severity;

import java.util.List;
import java.util.Optional;

/**
 * The standard rules behind {@code recommended_actions}, one small class each, applied in the order of
 * {@link #standard()} (most urgent first). docs/report.md states every rule. Reasons name categories, counts and
 * articles, never a value. Stateless and thread-safe.
 *
 * <pre>{@code
 * List<Action> actions = ActionRules.apply(ActionRules.standard(), ReportFacts.of(result));
 * }</pre>
 */
public final class ActionRules {

    private ActionRules() {
    }

    /** The rules every report applies, in report order. */
    public static List<ActionRule> standard() {
        return List.of(new ReviewFailedFile(), new RestrictOriginal(), new RedactCritical(), new RedactPersonalData(), new BlurFaces(),
                new StripMetadata(), new NotifyDpo(), new UpdateAuditLog(), new ConductDpia(),
                new VerifyLawfulBasis());
    }

    /** Applies {@code rules} in order and keeps the actions they recommend. */
    public static List<Action> apply(List<ActionRule> rules, ReportFacts facts) {
        return rules.stream().map(r -> r.apply(facts)).flatMap(Optional::stream).toList();
    }

    /** An error in any stage or a failed verification: a person must review the file before it is used. */
    public static final class ReviewFailedFile implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            if (f.verificationFailed()) {
                return Optional.of(new Action("manual_review", Priority.IMMEDIATE,
                        "Verification found personal data in the redacted output; do not release it"));
            }
            if (f.hasErrors()) {
                return Optional.of(new Action("manual_review", Priority.IMMEDIATE,
                        "Analysis incomplete: stage(s) " + String.join(", ", f.errorStages()) + " failed"));
            }
            return Optional.empty();
        }
    }

    /**
     * Redacted and verified: the work on the copy is done (redaction, face blur and metadata rules stay quiet),
     * but the original still holds everything found; restrict it or delete it under the retention policy.
     */
    public static final class RestrictOriginal implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            return f.verified() && f.hasFindings() ? Optional.of(new Action("restrict_original", Priority.HIGH,
                    "Redacted copy verified; the original still holds " + ReportFacts.ids(List.copyOf(f.counts().keySet()))
                    + ": share only the copy, restrict or delete the original under the retention policy"))
                    : Optional.empty();
        }
    }

    /** Any critical finding (national id, card, face, health): redact before sharing, at once. */
    public static final class RedactCritical implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            List<Category> critical = f.categoriesOf(Severity.CRITICAL);
            return critical.isEmpty() || f.verified() ? Optional.empty() : Optional.of(new Action("redact_pii", Priority.IMMEDIATE,
                    "Critical data detected (" + ReportFacts.ids(critical) + "); redact before sharing"));
        }
    }

    /** Findings but none critical: redact before sharing, with high priority. */
    public static final class RedactPersonalData implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            if (!f.hasFindings() || !f.categoriesOf(Severity.CRITICAL).isEmpty() || f.verified()) {
                return Optional.empty();
            }
            return Optional.of(new Action("redact_pii", Priority.HIGH, "Personal data detected ("
                    + ReportFacts.ids(List.copyOf(f.counts().keySet())) + "); redact before sharing"));
        }
    }

    /** Faces found: blur them (biometric data once processed to identify, Art. 9). */
    public static final class BlurFaces implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            int n = f.count(Category.FACE_BIOMETRIC);
            return n == 0 || f.verified() ? Optional.empty() : Optional.of(new Action("blur_faces", Priority.IMMEDIATE,
                    n + (n == 1 ? " face" : " faces") + " detected; blur faces before sharing (biometric data)"));
        }
    }

    /** Embedded metadata found: strip it (EXIF GPS, XMP and thumbnails are the classic leak). */
    public static final class StripMetadata implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            return f.metadataFound().isEmpty() || f.verified() ? Optional.empty() : Optional.of(new Action("strip_metadata",
                    Priority.HIGH, "Embedded metadata found (" + String.join(", ", f.metadataFound())
                    + "); strip EXIF/GPS metadata"));
        }
    }

    /** Art. 9 data: the DPO reviews the processing. */
    public static final class NotifyDpo implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            return f.specialCategoryPresent() ? Optional.of(new Action("notify_dpo", Priority.HIGH,
                    "Special category data (Art. 9: " + ReportFacts.ids(f.specialCategories())
                    + ") requires DPO review")) : Optional.empty();
        }
    }

    /** Any finding: the processing belongs in the Art. 30 record. */
    public static final class UpdateAuditLog implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            return f.hasFindings() ? Optional.of(new Action("update_audit_log", Priority.HIGH,
                    "GDPR Article 30 record of processing activities")) : Optional.empty();
        }
    }

    /** Special categories or national ids: a data protection impact assessment is recommended (Art. 35). */
    public static final class ConductDpia implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            return f.specialCategoryPresent() || f.has(Category.NATIONAL_ID)
                    ? Optional.of(new Action("conduct_dpia", Priority.MEDIUM,
                    "Special category data or national identification numbers: assess under Article 35"))
                    : Optional.empty();
        }
    }

    /** Any finding: check the lawful basis (Art. 6; Art. 9(2) for special categories). */
    public static final class VerifyLawfulBasis implements ActionRule {
        @Override
        public Optional<Action> apply(ReportFacts f) {
            if (!f.hasFindings()) {
                return Optional.empty();
            }
            String basis = f.specialCategoryPresent() ? "Article 6 and an Article 9(2) condition" : "Article 6";
            return Optional.of(new Action("verify_lawful_basis", Priority.MEDIUM,
                    "Check the lawful basis (" + basis + ") for processing this personal data"));
        }
    }
}
