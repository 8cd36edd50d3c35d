package io.socialroi.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** Only exact origins start the service: no wildcard, no pattern, nothing that is not scheme, host and port. */
class CorsOriginsCheckTest {

    @Test
    void exactOriginsPass() {
        assertEquals(List.of(), CorsOriginsCheck.problems(List.of("https://app.example.com", "http://localhost:5173",
                "https://[::1]:8443", " https://dash.example.org ")));
    }

    @Test
    void noOriginsPass() {
        CorsOriginsCheck check = new CorsOriginsCheck();
        check.origins = Optional.empty();
        check.onStart(null);
    }

    @Test
    void wildcardsPatternsAndNonOriginsAreNamed() {
        assertEquals(List.of(
                "\"*\" is a wildcard or pattern",
                "\"/.*/\" is a wildcard or pattern",
                "\"https://*.example.com\" is a wildcard or pattern",
                "\"app.example.com\" needs http:// or https://",
                "\"null\" needs http:// or https://",
                "\"ftp://app.example.com\" needs http:// or https://",
                "\"https://app.example.com/\" has a path, query or fragment (an origin ends after the host or port)",
                "\"https://app.example.com/dash\" has a path, query or fragment (an origin ends after the host or port)",
                "\"https://user@app.example.com\" needs a host (and nothing before it)",
                "\"https:// bad\" is not a URL"),
                CorsOriginsCheck.problems(List.of("*", "/.*/", "https://*.example.com", "app.example.com", "null",
                        "ftp://app.example.com", "https://app.example.com/", "https://app.example.com/dash",
                        "https://user@app.example.com", "https:// bad")));
    }

    @Test
    void aWildcardRefusesToStart() {
        CorsOriginsCheck check = new CorsOriginsCheck();
        check.origins = Optional.of(List.of("https://app.example.com", "*"));
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> check.onStart(null));
        assertEquals("SOCIAL_ROI_CORS_ORIGINS must list exact origins such as https://app.example.com or"
                + " http://localhost:5173: \"*\" is a wildcard or pattern", e.getMessage());
    }
}
