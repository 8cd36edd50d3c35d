package io.socialroi.dashboard;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Instant;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import io.socialroi.security.LocalAdminToken;
import io.vertx.core.http.HttpServerRequest;

/**
 * The dashboard's one-click sign-in: in the trial and in dev mode, hands the locally minted ADMIN token
 * (security/LocalAdminToken) to a browser on this machine. Anywhere else, and to any request that does not come
 * straight from a loopback address to a loopback host name, it does not exist (404), so a deployment with a
 * configured issuer never mints a token for anyone. The host name check keeps a page on another site from reaching
 * it through DNS rebinding; a forwarding header means a proxy sits in front, whose callers may be anywhere.
 * {@code GET} says whether the button may be shown; {@code POST} (never cached, and a cross-origin page cannot read
 * its answer: no CORS origin is granted it) answers the token.
 */
@Path("/dashboard/local-sign-in")
public class LocalSignInResource {

    @Inject
    LocalAdminToken tokens;

    /** What the sign-in button receives: the token, its subject and when it expires. */
    public record SignIn(String token, String subject, Instant expiresAt) {
    }

    @GET
    public Response offered(@Context HttpServerRequest request) {
        return offeredTo(request) ? Response.noContent().cacheControl(noStore()).build() : notFound();
    }

    @POST
    @Produces(MediaType.APPLICATION_JSON)
    public Response signIn(@Context HttpServerRequest request) {
        if (!offeredTo(request)) {
            return notFound();
        }
        return tokens.mint()
                .map(minted -> Response.ok(new SignIn(minted.token(), minted.subject(), minted.expiresAt()))
                        .cacheControl(noStore()).build())
                .orElseGet(LocalSignInResource::notFound);
    }

    private boolean offeredTo(HttpServerRequest request) {
        return tokens.available() && fromThisMachine(request);
    }

    static boolean fromThisMachine(HttpServerRequest request) {
        if (request.getHeader("Forwarded") != null || request.getHeader("X-Forwarded-For") != null) {
            return false;
        }
        return request.remoteAddress() != null && isLoopbackAddress(request.remoteAddress().hostAddress())
                && isLoopbackHost(request.getHeader("Host"));
    }

    /** Whether a numeric address (as the connection reports it) is a loopback one. */
    static boolean isLoopbackAddress(String address) {
        if (address == null || address.isBlank() || !address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress(); // numeric: no name is looked up
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** Whether a Host header names this machine: localhost, 127.x.x.x or [::1], with any port. */
    static boolean isLoopbackHost(String host) {
        if (host == null) {
            return false;
        }
        String name = host.trim().toLowerCase(Locale.ROOT);
        if (name.startsWith("[")) {
            int end = name.indexOf(']');
            return end > 0 && "::1".equals(name.substring(1, end));
        }
        int colon = name.indexOf(':');
        if (colon >= 0) {
            name = name.substring(0, colon);
        }
        return "localhost".equals(name) || name.matches("127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}");
    }

    private static CacheControl noStore() {
        CacheControl cache = new CacheControl();
        cache.setNoStore(true);
        return cache;
    }

    private static Response notFound() {
        return Response.status(Response.Status.NOT_FOUND).cacheControl(noStore()).build();
    }
}
