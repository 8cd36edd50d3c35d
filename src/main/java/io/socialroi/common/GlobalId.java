package io.socialroi.common;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import java.util.Optional;

/**
 * Opaque global IDs: base64url of "Type:databaseId". The type inside lets {@code node(id:)} resolve
 * any object, and clients must not build IDs themselves.
 */
public final class GlobalId {

    private GlobalId() {
    }

    public static String encode(String type, long id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The database id when {@code globalId} is a well-formed ID of {@code type}. */
    public static Optional<Long> decode(String type, String globalId) {
        return decode(globalId).filter(d -> d.type().equals(type)).map(Decoded::id);
    }

    /**
     * The database id of {@code globalId} as an ID of {@code type}; otherwise null, with an INVALID_ID user
     * error at {@code field} ("… is not a channel ID.").
     */
    public static Long decodeOrReport(String type, String globalId, InputErrors at, String... field) {
        return decode(type, globalId).orElseGet(() -> {
            at.add(UserErrorCode.INVALID_ID, "\"" + Echo.of(globalId) + "\" is not a " + type.toLowerCase(Locale.ROOT)
                    + " ID.", field);
            return null;
        });
    }

    /** The message of NOT_FOUND for an ID of {@code type} the workspace does not have: "No channel with ID …." */
    public static String notFound(String type, String shownId) {
        return "No " + type.toLowerCase(Locale.ROOT) + " with ID " + shownId + ".";
    }

    public static Optional<Decoded> decode(String globalId) {
        if (globalId == null || globalId.isBlank() || globalId.length() > 200) {
            return Optional.empty();
        }
        try {
            String text = new String(Base64.getUrlDecoder().decode(globalId.trim()), StandardCharsets.UTF_8);
            int colon = text.indexOf(':');
            if (colon <= 0) {
                return Optional.empty();
            }
            String digits = text.substring(colon + 1);
            if (!digits.matches("\\d{1,19}")) {
                return Optional.empty();
            }
            long id = Long.parseLong(digits);
            return id > 0 ? Optional.of(new Decoded(text.substring(0, colon), id)) : Optional.empty();
        } catch (IllegalArgumentException e) { // bad base64 or not a number
            return Optional.empty();
        }
    }

    public record Decoded(String type, long id) {
    }
}
