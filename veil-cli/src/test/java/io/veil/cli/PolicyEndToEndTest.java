package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A policy file adds the user's own identifiers and deny terms, and keeps allowed values out of the redaction. */
class PolicyEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void allowedValuesStayAndCustomPatternsAndDenyTermsGo() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("memo.txt"), """
                Questions to support@example.com or to jane.roe@example.org.
                Staff number EMP-204518 is assigned to Operation Nightjar.
                """);
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, """
                {"allow": ["support@example.com"],
                 "deny": [{"term": "Operation Nightjar", "category": "full_name"}],
                 "patterns": [{"name": "employee_id", "regex": "\\\\bEMP-\\\\d{6}\\\\b", "category": "national_id",
                               "score": 0.4, "context": ["staff number"]}]}
                """);
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--policy", policy.toString(),
                "--audit-db", dir.resolve("a.db").toString());

        assertThat(code).isZero();
        String redacted = Files.readString(out.resolve("memo.txt"));
        assertThat(redacted).contains("support@example.com").doesNotContain("jane.roe@example.org", "EMP-204518", "Nightjar");
        String report = Files.readString(out.resolve("memo.txt.json"));
        assertThat(report).contains("\"policy@sha256:");
        ReportsOnDisk.assertAllValid(out);
    }

    @Test
    void aBrokenPolicyIsAUsageErrorThatSaysWhere() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        Files.writeString(in.resolve("a.txt"), "nothing personal");
        Path policy = dir.resolve("policy.json");
        Files.writeString(policy, "{\"patterns\": [{\"name\": \"x\", \"regex\": \"(\", \"category\": \"national_id\"}]}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        PrintStream old = System.err;
        int code;
        try {
            System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
            code = Main.run("scan", in.toString(), "--policy", policy.toString());
        } finally {
            System.setErr(old);
        }
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8)).contains("patterns[0].regex is not a valid regular expression");
        assertThat(in.resolve("a.txt.json")).doesNotExist();
    }
}
