package io.veil.recognize.policy;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.model.Category;
import io.veil.model.Finding;
import io.veil.recognize.OverlapResolver;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyRecognizerTest {

    private static final Policy POLICY = PolicyFile.parse("""
            {"deny": [{"term": "Operation Nightjar", "category": "full_name"}],
             "patterns": [
               {"name": "employee_id", "regex": "\\\\bEMP-\\\\d{6}\\\\b", "category": "national_id", "score": 0.4,
                "context": ["employee", "staff number"]},
               {"name": "member_card", "regex": "\\\\bM\\\\d{16}\\\\b", "category": "bank_account", "score": 0.6,
                "validator": "luhn"}]}
            """.getBytes(StandardCharsets.UTF_8));

    /** What the pipeline reports: recognizer, then the default resolver's 0.5 threshold. */
    private static List<String> reported(String text) {
        return new OverlapResolver().resolve(new PolicyRecognizer(POLICY).find(text, 1)).stream().map(Finding::value).toList();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "the staff number EMP-204518 was revoked       | EMP-204518",
            "employee EMP-204518                           | EMP-204518",
            "briefing on operation   nightjar tomorrow     | operation   nightjar",
            "card M4111111111111111 on file                | M4111111111111111",
    })
    void mustMatch(String text, String value) {
        assertThat(reported(text)).containsExactly(value);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "ticket EMP-204518 closed",
            "EMP-2045189 is too long",
            "Operation Nightjars is another word",
            "card M4111111111111112 fails Luhn",
    })
    void mustNotMatch(String text) {
        assertThat(reported(text)).isEmpty();
    }

    @Test
    void findingsNameTheRuleAndThePolicyButNotTheValue() {
        Finding f = new PolicyRecognizer(POLICY).find("employee EMP-204518", 1).get(0);
        assertThat(f.category()).isEqualTo(Category.NATIONAL_ID);
        assertThat(f.attributes()).containsEntry("policy_rule", "employee_id");
        assertThat(f.detector()).isEqualTo("policy@" + POLICY.version());
        assertThat(f.explanation().contextWords()).containsExactly("employee");
    }

    @Test
    void aPolicyWithoutTermsOrPatternsAddsNoRecognizer() {
        assertThat(Policy.NONE.extend(List.of())).isEmpty();
        assertThat(POLICY.extend(List.of())).hasSize(1);
    }
}
