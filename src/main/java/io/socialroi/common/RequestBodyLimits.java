package io.socialroi.common;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;

/**
 * Two body limits on one server: uploads to /imports may be up to 50 MiB (quarkus.http.limits.max-body-size is set
 * just above that, for the multipart envelope), every other request, GraphQL's above all, keeps its own limit
 * (SOCIAL_ROI_MAX_BODY_SIZE, 10 MB). Refused from the Content-Length header before the body is read: 413, with a
 * JSON error for /imports; a body without a length (chunked) is refused (411) outside /imports, where the upload
 * counts its bytes as it streams them to disk.
 */
@ApplicationScoped
public class RequestBodyLimits {

    @ConfigProperty(name = "social-roi.max-body-size")
    MemorySize maxBodySize;
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxUploadSize;

    void register(@Observes Filters filters) {
        filters.register(context -> {
            var request = context.request();
            String length = request.getHeader(HttpHeaders.CONTENT_LENGTH);
            boolean upload = request.path() != null && request.path().startsWith("/imports");
            long limit = upload ? maxUploadSize.asLongValue() : maxBodySize.asLongValue();
            long declared = parse(length);
            if (declared > limit) {
                if (upload) {
                    context.response().setStatusCode(413).putHeader(HttpHeaders.CONTENT_TYPE, "application/json")
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end("{\"errors\":[{\"code\":\"TOO_LARGE\",\"message\":\"The file is larger than 50 MiB.\","
                                    + "\"line\":0,\"column\":null}]}");
                } else {
                    context.response().setStatusCode(413).putHeader(HttpHeaders.CONNECTION, "close").end();
                }
                return;
            }
            if (!upload && length == null && request.method() == HttpMethod.POST
                    && request.getHeader(HttpHeaders.TRANSFER_ENCODING) != null) {
                context.response().setStatusCode(411).end();
                return;
            }
            context.next();
        }, 100);
    }

    private static long parse(String length) {
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
