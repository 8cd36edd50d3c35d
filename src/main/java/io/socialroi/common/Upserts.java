package io.socialroi.common;

/**
 * The count of a batch written by upserts: rows recorded for the first time and rows that replaced one sent
 * before (the payloads' {@code accepted} and {@code replaced}). Each upsert ends with {@link #RETURNING_INSERTED},
 * and its single result goes to {@link #count}.
 */
public final class Upserts {

    /** Ends an "insert … on conflict … do update": true when the row was inserted, false when it was updated. */
    public static final String RETURNING_INSERTED = " returning (xmax = 0)";

    private int accepted;
    private int replaced;

    /** Counts one upsert by its {@link #RETURNING_INSERTED} result. */
    public void count(Object inserted) {
        if (Boolean.TRUE.equals(inserted)) {
            accepted++;
        } else {
            replaced++;
        }
    }

    public int accepted() {
        return accepted;
    }

    public int replaced() {
        return replaced;
    }
}
