package io.socialroi.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.MultiMap;
import io.vertx.core.http.HttpHeaders;

/**
 * Quarkus's CORS filter refuses an unknown origin (403, no {@code Access-Control-Allow-Origin}) but still lists
 * the allowed methods and headers on the refusal. That tells a stranger what the API accepts and looks like a
 * partial grant to anyone reading the response: a refused origin gets no {@code Access-Control-*} header at all.
 */
@ApplicationScoped
public class CorsRefusalHeaders {

    /** Runs before the CORS filter (priority 300: a higher priority runs earlier) so it sees its headers at the end. */
    static final int PRIORITY = 400;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            if (context.request().getHeader(HttpHeaders.ORIGIN) != null) {
                context.addHeadersEndHandler(ignored -> removeStrayAllowHeaders(context.response().headers()));
            }
            context.next();
        }, PRIORITY);
    }

    static void removeStrayAllowHeaders(MultiMap headers) {
        if (headers.contains(HttpHeaders.ACCESS_CONTROL_ALLOW_ORIGIN)) {
            return;
        }
        headers.remove(HttpHeaders.ACCESS_CONTROL_ALLOW_METHODS);
        headers.remove(HttpHeaders.ACCESS_CONTROL_ALLOW_HEADERS);
        headers.remove(HttpHeaders.ACCESS_CONTROL_ALLOW_CREDENTIALS);
        headers.remove(HttpHeaders.ACCESS_CONTROL_EXPOSE_HEADERS);
        headers.remove(HttpHeaders.ACCESS_CONTROL_MAX_AGE);
    }
}
