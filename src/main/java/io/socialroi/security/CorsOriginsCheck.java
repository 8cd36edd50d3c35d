package io.socialroi.security;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.interceptor.Interceptor;

import org.eclipse.microprofile.config.inject.ConfigProperty;

import io.quarkus.runtime.StartupEvent;

/**
 * Refuses to start unless every CORS origin (SOCIAL_ROI_CORS_ORIGINS) is one exact origin: a scheme, a host and
 * an optional port. Quarkus would also take {@code *} or a {@code /regex/}, and either lets any page a user
 * visits call the API with the token it holds: a catch-all is a configuration mistake, never a wish.
 */
@ApplicationScoped
public class CorsOriginsCheck {

    @ConfigProperty(name = "quarkus.http.cors.origins")
    Optional<List<String>> origins;

    void onStart(@Observes @Priority(Interceptor.Priority.PLATFORM_BEFORE) StartupEvent event) {
        List<String> problems = problems(origins.orElse(List.of()));
        if (!problems.isEmpty()) {
            throw new IllegalStateException("SOCIAL_ROI_CORS_ORIGINS must list exact origins such as"
                    + " https://app.example.com or http://localhost:5173: " + String.join("; ", problems));
        }
    }

    /** What is wrong with each origin that is not exact; empty when all are. */
    static List<String> problems(List<String> origins) {
        List<String> problems = new ArrayList<>();
        for (String origin : origins) {
            String problem = problem(origin.trim());
            if (problem != null) {
                problems.add("\"" + origin + "\" " + problem);
            }
        }
        return problems;
    }

    private static String problem(String origin) {
        if (origin.equals("*") || origin.startsWith("/") || origin.contains("*")) {
            return "is a wildcard or pattern";
        }
        URI uri;
        try {
            uri = new URI(origin);
        } catch (Exception e) {
            return "is not a URL";
        }
        if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
            return "needs http:// or https://";
        }
        if (uri.getHost() == null || uri.getRawUserInfo() != null) {
            return "needs a host (and nothing before it)";
        }
        if (!uri.getRawPath().isEmpty() || uri.getRawQuery() != null || uri.getRawFragment() != null) {
            return "has a path, query or fragment (an origin ends after the host or port)";
        }
        return null;
    }
}
