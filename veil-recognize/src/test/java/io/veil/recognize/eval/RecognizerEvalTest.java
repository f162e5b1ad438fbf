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
    /**
     * DE_TAX_ID (Presidio's two examples have ten distinct leading digits, which the BZSt never issues) and
     * IT_FISCAL_CODE (one of its two single-value positives has a wrong check character) and PL_PESEL (its
     * placeholder 11111111116 is, alone on a line, too repetitive to report without the word PESEL) are measured,
     * not floored.
     */
    private static final List<String> FLOORED = List.of("EMAIL_ADDRESS", "PHONE_NUMBER", "CREDIT_CARD", "IBAN_CODE", "US_SSN",
            "IP_ADDRESS", "ES_NIE", "ES_NIF", "FI_PERSONAL_IDENTITY_CODE", "SE_PERSONNUMMER", "UK_NHS",
            "UK_NINO", "US_ITIN");

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

    /**
     * The floors reached on presidio_research_synthetic (dev half), below the goals where not reached yet:
     * PERSON recall 0.90 and street addresses 0.85 are the targets (see issue 4).
     */
    @Test
    void syntheticSentencesMeetTheReachedFloors() throws Exception {
        Path dir = Path.of(System.getProperty("veil.evalDev", "../../shared/eval-dev"), "presidio_research_synthetic");
        Path models = Path.of(System.getProperty("veil.models", System.getProperty("user.home") + "/.cache/veil/models"));
        Assumptions.assumeTrue(Files.isDirectory(dir), "eval-dev set absent (" + dir + "): synthetic floors not measured");
        Assumptions.assumeTrue(Files.isDirectory(models.resolve("names")), "name lists not fetched: " + models);
        RecognizerEval.Result r = new RecognizerEval(Recognizers.defaults(models), Recognizers.defaultResolver()).synthetic(dir);
        System.out.println(r.table());
        SpanScore person = r.scores().get("PERSON");
        assertThat(person.precision()).as("PERSON precision").isGreaterThanOrEqualTo(0.85);
        assertThat(person.recall()).as("PERSON recall").isGreaterThanOrEqualTo(0.80);
        SpanScore address = r.scores().get("STREET_ADDRESS");
        assertThat(address.precision()).as("address precision").isGreaterThanOrEqualTo(0.90);
        assertThat(address.recall()).as("address recall").isGreaterThanOrEqualTo(0.68);
        assertThat(r.scores().get("PHONE_NUMBER").recall()).as("phone recall").isGreaterThanOrEqualTo(0.90);
    }
}
