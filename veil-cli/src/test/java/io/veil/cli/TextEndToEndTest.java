package io.veil.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Plain text is a document too: findings carry code-point spans, outputs keep the format with values replaced. */
class TextEndToEndTest {
    @TempDir
    Path dir;

    @Test
    void aCsvExportIsRedactedByValueAndItsReportGivesCodePointSpans() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        String csv = "id,name,email,iban\n"
                + "1,😀 Jane Doe,jane.doe@example.com,DE89 3704 0044 0532 0130 00\n"
                + "2,Max Mustermann,max@example.org,GB82 WEST 1234 5698 7654 32\n";
        Files.writeString(in.resolve("customers.csv"), csv);
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString());

        assertThat(code).isZero();
        String redacted = Files.readString(out.resolve("customers.csv"));
        assertThat(redacted).doesNotContain("jane.doe@example.com", "max@example.org", "3704 0044", "1234 5698")
                .contains("[EMAIL_ADDRESS]", "**** **** **** **** **30 00", "id,name,email,iban");
        ReportsOnDisk.assertAllValid(out);
        JsonNode report = new ObjectMapper().readTree(out.resolve("customers.csv.json").toFile());
        JsonNode email = null;
        for (JsonNode i : report.path("pii_instances")) {
            if (i.path("detected_value").asText().equals("jane.doe@example.com")) {
                email = i;
            }
        }
        assertThat(email).isNotNull();
        int start = email.path("location").path("text_span").path("start").asInt();
        assertThat(csv.codePoints().skip(start).limit(20).collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
                .toString()).isEqualTo("jane.doe@example.com");
    }

    /**
     * A log over the streaming threshold goes through windows: values at window borders are redacted, the report
     * gives code-point spans into the whole file, and the input is untouched.
     */
    @Test
    void aLogOverTheStreamingThresholdIsRedactedInWindows() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        StringBuilder log = new StringBuilder("2026-12-07 login 😀 jane.doe@example.com\n");
        String filler = "request served from the cache of the front server\n";
        int border = io.veil.text.TextStream.CHUNK;
        while (log.length() < 2 * io.veil.text.TextStream.CHUNK + 1000) { // over --stream-text-over 1 (MB)
            if (log.length() >= border - 10) {
                log.setLength(border - 10);
                log.append(" max@example.org IBAN DE89 3704 0044 0532 0130 00\n"); // straddles a window border
                border += io.veil.text.TextStream.CHUNK;
            }
            log.append(filler);
        }
        String text = log.toString();
        Path file = Files.writeString(in.resolve("app.log"), text);
        String before = io.veil.pipeline.FileFacts.sha256(file);
        Path out = dir.resolve("out");

        int code = Main.run("redact", in.toString(), "--out", out.toString(), "--audit-db", dir.resolve("a.db").toString(),
                "--stream-text-over", "1");

        assertThat(code).isZero();
        assertThat(io.veil.pipeline.FileFacts.sha256(file)).isEqualTo(before);
        String redacted = Files.readString(out.resolve("app.log"));
        assertThat(redacted).doesNotContain("jane.doe@example.com", "max@example.org", "3704 0044").contains("[EMAIL_ADDRESS]");
        ReportsOnDisk.assertAllValid(out);
        JsonNode report = new ObjectMapper().readTree(out.resolve("app.log.json").toFile());
        long emails = 0;
        for (JsonNode i : report.path("pii_instances")) {
            if (i.path("detected_value").asText().equals("max@example.org")) {
                emails++;
                int start = i.path("location").path("text_span").path("start").asInt();
                int at = text.offsetByCodePoints(0, start);
                assertThat(text.substring(at, at + 15)).isEqualTo("max@example.org");
            }
        }
        assertThat(emails).isEqualTo(text.split("max@example.org", -1).length - 1).isGreaterThanOrEqualTo(2);
    }
}
