package io.socialroi.common;

import java.util.Locale;
import java.util.UUID;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.jboss.logging.Logger;

/**
 * Lets the exceptions written for clients ({@link ClientFacingException}) through and turns every other failure into a {@link ServerFault}
 * carrying only a reference, logging the original with that reference. So no stack trace, SQL, class
 * name or exception kind ever reaches a client, and operators still see everything.
 */
@GuardedResolver
@Interceptor
@Priority(Interceptor.Priority.APPLICATION)
public class ServerFaultInterceptor {

    private static final Logger LOG = Logger.getLogger(ServerFaultInterceptor.class);

    /** The statement timeout as configured, named in QUERY_TIMEOUT's message. */
    @Inject
    GuardsConfig config;

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        try {
            return context.proceed();
        } catch (ClientFacingException | InvalidInputException e) {
            // InvalidInputException: the mutation's payload turns it into userErrors, it is no top-level error
            throw e;
        } catch (Exception e) {
            if (QueryTimeoutException.isCause(e)) {
                // the caller's question was too big, not a fault of the server: no stack trace in the log
                LOG.warnf("GraphQL resolver %s.%s: statement cancelled after %s",
                        context.getMethod().getDeclaringClass().getSimpleName(), context.getMethod().getName(),
                        config.statementTimeout());
                throw new QueryTimeoutException(config.statementTimeout().toLowerCase(Locale.ROOT)); // as PostgreSQL reads it
            }
            if (DatabaseUnavailableException.isCause(e)) {
                LOG.warnf("GraphQL resolver %s.%s: database unavailable (%s)",
                        context.getMethod().getDeclaringClass().getSimpleName(), context.getMethod().getName(), e);
                throw new DatabaseUnavailableException();
            }
            String reference = UUID.randomUUID().toString().substring(0, 8);
            LOG.errorf(e, "GraphQL resolver %s.%s failed (reference %s)",
                    context.getMethod().getDeclaringClass().getSimpleName(), context.getMethod().getName(), reference);
            throw new ServerFault(reference);
        }
    }
}
