package io.socialroi.common;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** IANA time zone ids as the API accepts them: region ids (Europe/Berlin) and UTC. Pure. */
public final class TimeZones {

    private TimeZones() {
    }

    /** The zone id, normalised (ZoneId's own spelling), or null with INVALID_TIME_ZONE at {@code field}. */
    public static String check(String id, InputErrors errors, String... field) {
        String trimmed = id == null ? "" : id.trim();
        try {
            // fixed offsets ("+02:00") have no daylight saving: a schedule at 08:00 would drift by an hour twice a year
            if (!trimmed.isEmpty() && trimmed.length() <= 64 && (trimmed.equals("UTC") || trimmed.contains("/"))) {
                ZoneId zone = ZoneId.of(trimmed);
                return zone.equals(ZoneOffset.UTC) ? "UTC" : zone.getId();
            }
        } catch (DateTimeException e) {
            // reported below
        }
        errors.add(UserErrorCode.INVALID_TIME_ZONE, "\"" + Echo.of(trimmed) + "\" is no IANA time zone such as"
                + " Europe/Berlin or America/New_York (or UTC).", field);
        return null;
    }

    /** A stored zone id (checked when it was set); UTC when none is set. */
    public static ZoneId of(String stored) {
        return stored == null ? ZoneOffset.UTC : ZoneId.of(stored);
    }
}
