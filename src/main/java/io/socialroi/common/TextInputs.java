package io.socialroi.common;

/** Checks of free-text inputs shared by every feature: length, and no control characters (NUL breaks PostgreSQL). */
public final class TextInputs {

    public static final String CONTROL_CHARACTERS = "Control characters are not allowed.";

    private TextInputs() {
    }

    /** Adds TOO_LONG or INVALID_VALUE at {@code field} when the (trimmed) text breaks the rules; null passes. */
    public static void check(String value, int max, InputErrors errors, String... field) {
        UserErrorCode problem = problem(value, max);
        if (problem == UserErrorCode.TOO_LONG) {
            errors.add(problem, tooLong(max), field);
        } else if (problem != null) {
            errors.add(problem, CONTROL_CHARACTERS, field);
        }
    }

    /** TOO_LONG, INVALID_VALUE (control characters) or null when the (trimmed) text is fine; null passes. */
    static UserErrorCode problem(String value, int max) {
        if (value == null) {
            return null;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            return UserErrorCode.TOO_LONG;
        }
        return hasControlCharacters(trimmed) ? UserErrorCode.INVALID_VALUE : null;
    }

    /** The message of TOO_LONG. */
    public static String tooLong(int max) {
        return "At most " + max + " characters.";
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
