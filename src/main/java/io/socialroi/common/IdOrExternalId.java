package io.socialroi.common;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.LongFunction;

/**
 * How a correction names the one row it changes: by its ID, or by the externalId the client recorded it with (what
 * an importer or a CRM knows). Exactly one of them: neither is REQUIRED at {@code id}, both INVALID_VALUE at
 * {@code externalId}; an unknown one is NOT_FOUND at its own field.
 */
public final class IdOrExternalId {

    private IdOrExternalId() {
    }

    /** The row named, or null after adding the problem to {@code errors}. */
    public static <E> E find(String type, String id, String externalId, InputErrors errors,
            LongFunction<Optional<E>> byId, Function<String, Optional<E>> byExternalId) {
        boolean hasId = id != null && !id.isBlank();
        boolean hasExternalId = externalId != null && !externalId.isBlank();
        if (hasId == hasExternalId) {
            if (hasId) {
                errors.add(UserErrorCode.INVALID_VALUE, "Give id or externalId, not both.", "externalId");
            } else {
                errors.add(UserErrorCode.REQUIRED, "Give id or externalId.", "id");
            }
            return null;
        }
        if (hasExternalId) {
            return byExternalId.apply(externalId.trim()).orElseGet(() -> {
                errors.add(UserErrorCode.NOT_FOUND, notFoundByExternalId(type, externalId), "externalId");
                return null;
            });
        }
        Long databaseId = GlobalId.decodeOrReport(type, id, errors, "id");
        if (databaseId == null) {
            return null;
        }
        return byId.apply(databaseId).orElseGet(() -> {
            errors.add(UserErrorCode.NOT_FOUND, GlobalId.notFound(type, id), "id");
            return null;
        });
    }

    /** "No conversion with externalId "crm-7"." */
    public static String notFoundByExternalId(String type, String externalId) {
        return "No " + type.toLowerCase(Locale.ROOT) + " with externalId \"" + Echo.of(externalId.trim()) + "\".";
    }
}
