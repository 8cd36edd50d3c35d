package io.socialroi.common;

import java.util.Optional;

/** Opaque keyset cursors of Relay connections, ordered by database id. */
public final class Cursors {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;

    private Cursors() {
    }

    public static String encode(long id) {
        return GlobalId.encode("Cursor", id);
    }

    public static Optional<Long> decode(String cursor) {
        return GlobalId.decode("Cursor", cursor);
    }

    /** The page size, or a BadArgumentException when {@code first} is outside 0..100. */
    public static int pageSize(Integer first) {
        int size = first == null ? DEFAULT_PAGE_SIZE : first;
        if (size < 0 || size > MAX_PAGE_SIZE) {
            throw new BadArgumentException("first must be between 0 and " + MAX_PAGE_SIZE + " (got " + first + ").");
        }
        return size;
    }

    /** The id after which the page starts (0 for the first page). */
    public static long afterId(String after) {
        if (after == null) {
            return 0;
        }
        return decode(after).orElseThrow(() -> new BadArgumentException("after is not a cursor of this connection."));
    }
}
