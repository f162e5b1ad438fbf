package io.veil.report.rules;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One entry of the report's {@code recommended_actions}: a snake_case action id, its priority, and a reason
 * that names categories and counts only (never a detected value).
 *
 * <pre>{@code
 * Action a = new Action("blur_faces", Priority.IMMEDIATE, "2 faces detected (biometric data)");
 * }</pre>
 */
public record Action(String action, Priority priority, String reason) {

    private static final Pattern ID = Pattern.compile("[a-z][a-z0-9_]*");

    public Action {
        Objects.requireNonNull(priority, "priority");
        if (action == null || !ID.matcher(action).matches()) {
            throw new IllegalArgumentException("action ids are snake_case: " + action);
        }
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("an action needs a reason");
        }
    }
}
