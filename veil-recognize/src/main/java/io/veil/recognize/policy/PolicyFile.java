package io.veil.recognize.policy;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.veil.model.Category;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * Reads a policy file (JSON, at most 1 MB). Every mistake is reported with the place it is at
 * ({@code patterns[2].regex: ...}) and nothing is half-applied: a file with one error is refused whole.
 * <pre>{@code
 * {
 *   "allow":    ["support@example.com", {"regex": "\\+44 20 7946 0\\d{3}", "category": "phone_number"}],
 *   "deny":     [{"term": "Operation Nightjar", "category": "full_name"}],
 *   "patterns": [{"name": "employee_id", "regex": "\\bEMP-\\d{6}\\b", "category": "national_id",
 *                 "score": 0.4, "context": ["employee", "staff"], "validator": "none"}]
 * }
 * }</pre>
 * Categories are the report's ids ({@code email_address}, {@code national_id} ...). Stateless; thread-safe.
 */
public final class PolicyFile {

    static final long MAX_BYTES = 1 << 20;
    private static final Set<String> TOP = Set.of("allow", "deny", "patterns", "description");
    private static final Set<String> PATTERN_FIELDS = Set.of("name", "regex", "category", "score", "context", "validator");
    private static final ObjectMapper JSON = new ObjectMapper();

    private PolicyFile() {
    }

    /** Thrown for a policy file that cannot be used; the message says where and why. */
    public static final class InvalidPolicyException extends RuntimeException {
        InvalidPolicyException(String message, Throwable cause) {
            super(message, cause);
        }
    }

    public static Policy read(Path file) {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new InvalidPolicyException("policy file " + file + " is larger than 1 MB", null);
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new InvalidPolicyException("policy file " + file + " cannot be read: " + e.getMessage(), e);
        }
        try {
            return parse(bytes);
        } catch (InvalidPolicyException e) {
            throw new InvalidPolicyException("policy file " + file + ": " + e.getMessage(), e);
        }
    }

    static Policy parse(byte[] bytes) {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw new InvalidPolicyException("not valid JSON at line " + e.getLocation().getLineNr() + ", column "
                    + e.getLocation().getColumnNr(), e);
        } catch (IOException e) {
            throw new InvalidPolicyException("cannot be parsed", e);
        }
        if (root == null || !root.isObject()) {
            throw new InvalidPolicyException("the top level must be a JSON object", null);
        }
        unknownFields(root, TOP, "");
        return new Policy(digest(bytes), allow(root.path("allow")), deny(root.path("deny")), patterns(root.path("patterns")));
    }

    private static List<AllowRule> allow(JsonNode node) {
        List<AllowRule> out = new ArrayList<>();
        for (int i = 0; i < array(node, "allow").size(); i++) {
            JsonNode n = node.get(i);
            String at = "allow[" + i + "]";
            try {
                if (n.isTextual()) {
                    out.add(AllowRule.literal(n.asText(), null));
                    continue;
                }
                unknownFields(n, Set.of("value", "regex", "category"), at);
                if (n.has("regex") == n.has("value")) {
                    throw new IllegalArgumentException("an allow rule has exactly one of value and regex");
                }
                Category c = n.has("category") ? category(n.get("category"), at) : null;
                out.add(n.has("regex") ? AllowRule.regex(regex(n.get("regex"), at), c) : AllowRule.literal(text(n, "value", at), c));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(at + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<DenyTerm> deny(JsonNode node) {
        List<DenyTerm> out = new ArrayList<>();
        for (int i = 0; i < array(node, "deny").size(); i++) {
            JsonNode n = node.get(i);
            String at = "deny[" + i + "]";
            unknownFields(n, Set.of("term", "category"), at);
            try {
                out.add(new DenyTerm(text(n, "term", at), category(n.path("category"), at)));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(at + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static List<CustomPattern> patterns(JsonNode node) {
        List<CustomPattern> out = new ArrayList<>();
        for (int i = 0; i < array(node, "patterns").size(); i++) {
            JsonNode n = node.get(i);
            String at = "patterns[" + i + "]";
            unknownFields(n, PATTERN_FIELDS, at);
            try {
                List<String> context = new ArrayList<>();
                array(n.path("context"), at + ".context").forEach(c -> context.add(c.asText()));
                JsonNode score = n.path("score");
                if (!score.isMissingNode() && !score.isNumber()) {
                    throw new IllegalArgumentException("score must be a number");
                }
                out.add(new CustomPattern(text(n, "name", at), regex(n.get("regex"), at), category(n.path("category"), at),
                        n.has("validator") ? PatternValidator.of(text(n, "validator", at)) : PatternValidator.NONE,
                        score.isMissingNode() ? 0.6 : score.asDouble(), context));
            } catch (IllegalArgumentException e) {
                throw new InvalidPolicyException(at + ": " + e.getMessage(), e);
            }
        }
        return out;
    }

    private static JsonNode array(JsonNode node, String at) {
        if (node.isMissingNode() || node.isNull()) {
            return JSON.createArrayNode();
        }
        if (!node.isArray()) {
            throw new InvalidPolicyException(at + " must be an array", null);
        }
        return node;
    }

    private static String text(JsonNode n, String field, String at) {
        JsonNode v = n.path(field);
        if (!v.isTextual()) {
            throw new InvalidPolicyException(at + "." + field + " must be a string", null);
        }
        return v.asText();
    }

    private static Pattern regex(JsonNode n, String at) {
        if (n == null || !n.isTextual()) {
            throw new InvalidPolicyException(at + ".regex must be a string", null);
        }
        try {
            return Pattern.compile(n.asText(), Pattern.UNICODE_CHARACTER_CLASS);
        } catch (PatternSyntaxException e) {
            throw new InvalidPolicyException(at + ".regex is not a valid regular expression: " + e.getDescription()
                    + " near index " + e.getIndex(), e);
        }
    }

    private static Category category(JsonNode n, String at) {
        if (!n.isTextual()) {
            throw new InvalidPolicyException(at + ".category must be a string", null);
        }
        String id = n.asText().toLowerCase(Locale.ROOT);
        for (Category c : Category.values()) {
            if (c.id().equals(id)) {
                return c;
            }
        }
        throw new InvalidPolicyException(at + ".category '" + n.asText() + "' is not one of "
                + java.util.Arrays.stream(Category.values()).map(Category::id).toList(), null);
    }

    private static void unknownFields(JsonNode n, Set<String> known, String at) {
        if (!n.isObject()) {
            throw new InvalidPolicyException((at.isEmpty() ? "top level" : at) + " must be an object", null);
        }
        for (Iterator<String> it = n.fieldNames(); it.hasNext(); ) {
            String f = it.next();
            if (!known.contains(f)) {
                throw new InvalidPolicyException((at.isEmpty() ? "" : at + ".") + f + " is not a policy field (known: "
                        + known.stream().sorted().toList() + ")", null);
            }
        }
    }

    private static String digest(byte[] bytes) {
        try {
            return "sha256:" + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes)).substring(0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
