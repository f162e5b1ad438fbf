package io.veil.recognize.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.veil.model.Category;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PolicyFileTest {

    private static Policy parse(String json) {
        return PolicyFile.parse(json.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void everyKindOfRuleIsRead() {
        Policy p = parse("""
                {"description": "ACME",
                 "allow": ["support@example.com", {"regex": "\\\\+44 20 7946 0\\\\d{3}", "category": "phone_number"},
                           {"value": "Jane Example", "category": "full_name"}],
                 "deny": [{"term": "Operation Nightjar", "category": "full_name"}],
                 "patterns": [{"name": "employee_id", "regex": "\\\\bEMP-\\\\d{6}\\\\b", "category": "NATIONAL_ID",
                               "score": 0.4, "context": ["employee"], "validator": "luhn"}]}
                """);
        assertThat(p.allow()).hasSize(3);
        assertThat(p.allow().get(1).onlyIn()).contains(Category.PHONE_NUMBER);
        assertThat(p.deny()).containsExactly(new DenyTerm("Operation Nightjar", Category.FULL_NAME));
        CustomPattern c = p.patterns().get(0);
        assertThat(c.category()).isEqualTo(Category.NATIONAL_ID);
        assertThat(c.validator()).isEqualTo(PatternValidator.LUHN);
        assertThat(c.score()).isEqualTo(0.4);
        assertThat(p.version()).startsWith("sha256:");
    }

    @Test
    void theVersionChangesWithTheFile() {
        assertThat(parse("{\"allow\": [\"a@example.com\"]}").version())
                .isNotEqualTo(parse("{\"allow\": [\"b@example.com\"]}").version());
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource(delimiter = '|', value = {
            "[]                                                                  | top level must be a JSON object",
            "{\"allow\": 3}                                                      | allow must be an array",
            "{\"alow\": []}                                                      | alow is not a policy field",
            "{\"deny\": [{\"term\": \"x\", \"category\": \"shoe_size\"}]}        | deny[0].category 'shoe_size' is not one of",
            "{\"deny\": [{\"term\": \" \", \"category\": \"full_name\"}]}        | deny[0]: a deny term needs non-blank text",
            "{\"patterns\": [{\"name\": \"a\", \"regex\": \"(\", \"category\": \"full_name\"}]} | patterns[0].regex is not a valid regular expression",
            "{\"patterns\": [{\"name\": \"a\", \"regex\": \"x*\", \"category\": \"full_name\"}]} | matches the empty string",
            "{\"patterns\": [{\"name\": \"a\", \"regex\": \"x\", \"category\": \"full_name\", \"score\": \"high\"}]} | score must be a number",
            "{\"patterns\": [{\"name\": \"a\", \"regex\": \"x\", \"category\": \"full_name\", \"validator\": \"crc\"}]} | unknown validator 'crc'",
            "{\"allow\": [{\"value\": \"a\", \"regex\": \"b\"}]}                 | exactly one of value and regex",
            "{\"allow\": [                                                      | not valid JSON at line 1",
    })
    void mistakesAreRefusedWithTheirPlace(String json, String message) {
        assertThatThrownBy(() -> parse(json)).isInstanceOf(PolicyFile.InvalidPolicyException.class).hasMessageContaining(message);
    }

    @Test
    void aFileNamesItselfInItsErrors(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("policy.json");
        Files.writeString(f, "{\"deny\": 1}");
        assertThatThrownBy(() -> PolicyFile.read(f)).hasMessageContaining("policy.json").hasMessageContaining("deny must be an array");
        assertThatThrownBy(() -> PolicyFile.read(dir.resolve("missing.json"))).hasMessageContaining("cannot be read");
    }

    @Test
    void anOversizedFileIsRefused(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("big.json");
        Files.write(f, new byte[(int) PolicyFile.MAX_BYTES + 1]);
        assertThatThrownBy(() -> PolicyFile.read(f)).hasMessageContaining("larger than 1 MB");
    }
}
