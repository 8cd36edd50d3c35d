package io.socialroi.common;

/** Checks of free-text inputs shared by every feature: length, and no control characters (NUL breaks PostgreSQL). */
public final class TextInputs {

    private TextInputs() {
    }

    /** Adds TOO_LONG or INVALID_VALUE at {@code field} when the (trimmed) text breaks the rules; null passes. */
    public static void check(String value, int max, InputErrors errors, String... field) {
        if (value == null) {
            return;
        }
        String trimmed = value.trim();
        if (trimmed.length() > max) {
            errors.add(UserErrorCode.TOO_LONG, "At most " + max + " characters.", field);
        } else if (hasControlCharacters(trimmed)) {
            errors.add(UserErrorCode.INVALID_VALUE, "Control characters are not allowed.", field);
        }
    }

    static boolean hasControlCharacters(String text) {
        return text.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
