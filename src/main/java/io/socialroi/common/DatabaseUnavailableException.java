package io.socialroi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The database cannot be reached right now (restarting, failing over, network): the request failed fast and
 * wrote nothing, and the same request can simply be sent again once it is back.
 */
@ErrorCode("DATABASE_UNAVAILABLE")
public class DatabaseUnavailableException extends ClientFacingException {
    public DatabaseUnavailableException() {
        super("The database is unavailable; nothing was changed. Try again in a moment.");
    }

    /** Whether a failure comes from not reaching the database (not from a statement it refused). */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLTransientConnectionException || t instanceof java.sql.SQLNonTransientConnectionException
                    || t.getClass().getName().equals("org.hibernate.exception.JDBCConnectionException")) {
                return true;
            }
            if (t instanceof java.sql.SQLException sql) {
                String state = sql.getSQLState();
                // 08: connection exceptions; 57P01-57P03: the server is shutting down or starting up
                if (state != null && (state.startsWith("08") || state.startsWith("57P0"))) {
                    return true;
                }
                // Agroal: no connection could be made within the acquisition timeout
                if (sql.getMessage() != null && sql.getMessage().startsWith("Acquisition timeout")) {
                    return true;
                }
            }
        }
        return false;
    }
}
