package io.socialroi.testing;

import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.smallrye.jwt.build.Jwt;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Bearer tokens for tests and the dev-token command, signed with the dev key pair (the public half is what
 * dev mode, tests and the embedded trial verify with), plus the kinds a server must refuse.
 */
public final class Tokens {

    public static final String ISSUER = "social-roi-dev";
    /** The {@code aud} claim dev mode and tests accept (mp.jwt.verify.audiences). */
    public static final String AUDIENCE = "social-roi";
    /** The subject tests act as by default: ADMIN of the default workspace (social-roi.bootstrap-admins). */
    public static final String TESTER = "tester@social-roi.test";

    private static final Map<String, String> CACHE = new ConcurrentHashMap<>();

    private Tokens() {
    }

    /** A valid token of {@code subject} for an hour (cached: signing costs a millisecond). */
    public static String forSubject(String subject) {
        return CACHE.computeIfAbsent(subject, s -> sign(s, ISSUER, Instant.now().plus(Duration.ofHours(1)), "dev/jwt-private.pem"));
    }

    public static String expired(String subject) {
        return sign(subject, ISSUER, Instant.now().minus(Duration.ofHours(1)), "dev/jwt-private.pem");
    }

    public static String signedWithAnotherKey(String subject) {
        return sign(subject, ISSUER, Instant.now().plus(Duration.ofHours(1)), "dev/other-private.pem");
    }

    public static String fromAnotherIssuer(String subject) {
        return sign(subject, "https://someone-else.example", Instant.now().plus(Duration.ofHours(1)), "dev/jwt-private.pem");
    }

    /** Signed by the right key and issuer, but for another service. */
    public static String forAnotherAudience(String subject) {
        return sign(subject, ISSUER, "some-other-api", Instant.now().plus(Duration.ofHours(1)), "dev/jwt-private.pem");
    }

    /** Signed by the right key and issuer, with no {@code aud} claim at all. */
    public static String withoutAudience(String subject) {
        return sign(subject, ISSUER, null, Instant.now().plus(Duration.ofHours(1)), "dev/jwt-private.pem");
    }

    /** An unsigned token ({@code "alg": "none"}) with valid claims. */
    public static String unsigned(String subject) {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long exp = Instant.now().plus(Duration.ofHours(1)).getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"none\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"iss\":\"" + ISSUER + "\",\"aud\":\"" + AUDIENCE + "\",\"sub\":\"" + subject + "\",\"exp\":" + exp
                + ",\"iat\":" + Instant.now().getEpochSecond() + "}").getBytes(StandardCharsets.UTF_8));
        return header + "." + claims + ".";
    }

    public static String sign(String subject, String issuer, Instant expiresAt, String privateKeyResource) {
        return sign(subject, issuer, AUDIENCE, expiresAt, privateKeyResource);
    }

    /** A token for {@code audience} (none when null), signed with the private key at {@code privateKeyResource}. */
    public static String sign(String subject, String issuer, String audience, Instant expiresAt, String privateKeyResource) {
        try {
            PrivateKey key = KeyUtils.readPrivateKey(privateKeyResource);
            var claims = Jwt.issuer(issuer).subject(subject).upn(subject).issuedAt(Instant.now().minusSeconds(5))
                    .expiresAt(expiresAt);
            if (audience != null) {
                claims.audience(audience);
            }
            return claims.sign(key);
        } catch (Exception e) {
            throw new IllegalStateException("Could not sign a token with " + privateKeyResource, e);
        }
    }
}
