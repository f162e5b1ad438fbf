package io.veil.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;

/**
 * The JSON Schema (draft 2020-12) of Veil's report, shipped as the resource
 * {@value #RESOURCE}. Every report {@link ReportBuilder} writes validates against it; consumers can validate
 * reports they receive, and {@code veil} can print it for integrators.
 *
 * <p>Stateless and thread-safe.
 *
 * <pre>{@code
 * String schema = ReportSchema.text();
 * JsonNode tree = ReportSchema.tree();
 * // with any 2020-12 validator: validator.validate(tree, reportBuilder.build(result));
 * }</pre>
 */
public final class ReportSchema {

    /** Classpath location of the schema. */
    public static final String RESOURCE = "/io/veil/report/report.schema.json";
    /** The schema's {@code $id}. */
    public static final String ID = "https://veil.io/schemas/report/1.0/report.schema.json";

    private ReportSchema() {
    }

    /** The schema's location on the classpath. */
    public static URL url() {
        URL u = ReportSchema.class.getResource(RESOURCE);
        if (u == null) {
            throw new IllegalStateException("report schema missing from the classpath: " + RESOURCE);
        }
        return u;
    }

    /** The schema as text. */
    public static String text() {
        try (InputStream in = url().openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the report schema", e);
        }
    }

    /** The schema as a Jackson tree. */
    public static JsonNode tree() {
        try {
            return new ObjectMapper().readTree(text());
        } catch (IOException e) {
            throw new UncheckedIOException("the report schema is not valid JSON", e);
        }
    }
}
