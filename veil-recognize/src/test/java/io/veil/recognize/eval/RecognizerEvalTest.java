package io.veil.recognize.eval;

import static org.assertj.core.api.Assertions.assertThat;

import io.veil.recognize.Recognizers;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Runs the recognizer eval on ../shared/eval-dev and holds the floors. */
class RecognizerEvalTest {
    private static final List<String> FLOORED = List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN", "IP_ADDRESS");

    @Test
    void presidioRecognizerCasesMeetTheFloors() throws Exception {
        Path dir = Path.of(System.getProperty("veil.evalDev", "../../shared/eval-dev"), "presidio_recognizer_tests");
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("recognizer_cases.jsonl")),
                "eval-dev set absent (" + dir + "): recognizer floors not measured");
        Assumptions.assumeTrue(Files.isDirectory(models.resolve("names")), "name lists not fetched: " + models);
        RecognizerEval.Result r = new RecognizerEval(Recognizers.defaults(models), Recognizers.defaultResolver()).recognizerTests(dir);
        System.out.println(r.table());
        for (String entity : FLOORED) {
            SpanScore s = r.scores().get(entity);
            assertThat(s.gold()).as(entity + " has gold spans").isPositive();
            assertThat(s.recall()).as(entity + " recall").isGreaterThanOrEqualTo(0.95);
            assertThat(s.precision()).as(entity + " precision").isGreaterThanOrEqualTo(0.95);
        }
    }
}
