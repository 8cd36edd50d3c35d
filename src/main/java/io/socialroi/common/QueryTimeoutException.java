package io.socialroi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * PostgreSQL cancelled a statement that ran longer than the service's statement timeout
 * ({@code social-roi.statement-timeout}). Nothing was changed. The message says what to narrow, because
 * sending the same request again would only time out again.
 */
@ErrorCode("QUERY_TIMEOUT")
public class QueryTimeoutException extends ClientFacingException {

    /** SQLState of query_canceled: statement_timeout, a cancel request, pg_cancel_backend. */
    public static final String QUERY_CANCELED = "57014";

    public QueryTimeoutException(String limit) {
        super("The request ran longer than the server's limit of " + limit + " per statement and was cancelled;"
                + " nothing was changed. Narrow it: a shorter period, a filter (conversionTypes, campaignId, channelId)"
                + " or fewer reports in one request.");
    }

    /**
     * Whether a failure comes from a cancelled statement. Hibernate wraps the driver's exception (as
     * org.hibernate.QueryTimeoutException, or jakarta.persistence.QueryTimeoutException through the JPA API),
     * so the whole cause chain is searched for the SQLState.
     */
    public static boolean isCause(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof java.sql.SQLException sql) {
                for (java.sql.SQLException s = sql; s != null; s = s.getNextException()) {
                    if (QUERY_CANCELED.equals(s.getSQLState())) {
                        return true;
                    }
                }
            }
        }
        return false;
    }
}
