package io.socialroi.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.PublicKey;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.jose4j.jwk.RsaJsonWebKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.quarkus.runtime.LaunchMode;
import io.smallrye.jwt.util.KeyUtils;

/**
 * Without a key, an issuer or an audience the service refuses to start, naming what to set; with the
 * repository's dev key it refuses too, unless in dev mode or tests, in whatever form that key is configured.
 */
class TokenVerificationCheckTest {

    static TokenVerificationCheck check(Optional<String> location, Optional<String> key, Optional<String> issuer,
            Optional<List<String>> audiences) {
        TokenVerificationCheck check = new TokenVerificationCheck();
        check.publicKeyLocation = location;
        check.publicKey = key;
        check.issuer = issuer;
        check.audiences = audiences;
        return check;
    }

    static TokenVerificationCheck withLocation(String location) {
        return check(Optional.of(location), Optional.empty(), Optional.of("https://issuer.example"),
                Optional.of(List.of("social-roi")));
    }

    @Test
    void noKeyIsRefused() {
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> check(Optional.empty(), Optional.empty(),
                Optional.of("https://issuer.example"), Optional.of(List.of("social-roi"))).check(LaunchMode.NORMAL));
        assertEquals("Tokens cannot be verified: set MP_JWT_VERIFY_PUBLICKEY_LOCATION (a PEM or JWKS file or URL of the"
                + " issuer's public key), MP_JWT_VERIFY_ISSUER (the iss claim to accept) and MP_JWT_VERIFY_AUDIENCES (the"
                + " aud values to accept, e.g. this API's identifier at the issuer).", e.getMessage());
    }

    @Test
    void noIssuerIsRefused() {
        assertThrows(IllegalStateException.class, () -> check(Optional.of("https://issuer.example/jwks"), Optional.empty(),
                Optional.empty(), Optional.of(List.of("social-roi"))).check(LaunchMode.NORMAL));
    }

    @Test
    void noAudienceIsRefused() {
        assertThrows(IllegalStateException.class, () -> check(Optional.of("https://issuer.example/jwks"), Optional.empty(),
                Optional.of("https://issuer.example"), Optional.empty()).check(LaunchMode.NORMAL));
        assertThrows(IllegalStateException.class, () -> check(Optional.of("https://issuer.example/jwks"), Optional.empty(),
                Optional.of("https://issuer.example"), Optional.of(List.of())).check(LaunchMode.NORMAL));
    }

    @Test
    void theDevKeyIsRefusedOutsideDevModeAndTests() {
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> withLocation(DevKeys.PUBLIC_KEY_RESOURCE).check(LaunchMode.NORMAL));
        assertTrue(e.getMessage().startsWith("Refusing to start: tokens would be verified with the dev key pair"),
                e.getMessage());
        withLocation(DevKeys.PUBLIC_KEY_RESOURCE).check(LaunchMode.DEVELOPMENT);
        withLocation(DevKeys.PUBLIC_KEY_RESOURCE).check(LaunchMode.TEST);
    }

    @Test
    void aCopyOfTheDevKeyElsewhereIsRecognized(@TempDir Path dir) throws Exception {
        String pem = KeyUtils.readKeyContent(DevKeys.PUBLIC_KEY_RESOURCE);
        Path copy = Files.writeString(dir.resolve("issuer.pem"), "\n" + pem.replace("\n", "\r\n"));
        assertThrows(IllegalStateException.class, () -> withLocation(copy.toString()).check(LaunchMode.NORMAL));
        assertThrows(IllegalStateException.class, () -> withLocation("file:" + copy).check(LaunchMode.NORMAL));
        // inline (mp.jwt.verify.publickey) and as a JWK set
        assertThrows(IllegalStateException.class, () -> check(Optional.empty(), Optional.of(pem),
                Optional.of("i"), Optional.of(List.of("a"))).check(LaunchMode.NORMAL));
        String jwks = "{\"keys\": [" + jwk(otherKey()) + ", " + jwk(KeyUtils.decodePublicKey(pem)) + "]}";
        Path jwksFile = Files.writeString(dir.resolve("jwks.json"), jwks);
        assertThrows(IllegalStateException.class, () -> withLocation(jwksFile.toString()).check(LaunchMode.NORMAL));
    }

    @Test
    void anotherKeyStarts(@TempDir Path dir) throws Exception {
        PublicKey other = otherKey();
        Path pem = Files.writeString(dir.resolve("issuer.pem"), "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder().encodeToString(other.getEncoded()) + "\n-----END PUBLIC KEY-----\n");
        withLocation(pem.toString()).check(LaunchMode.NORMAL);
        Path jwks = Files.writeString(dir.resolve("jwks.json"), "{\"keys\": [" + jwk(other) + "]}");
        withLocation(jwks.toString()).check(LaunchMode.NORMAL);
        // a remote JWKS is the issuer's: not fetched at start
        withLocation("https://issuer.example/.well-known/jwks.json").check(LaunchMode.NORMAL);
        assertFalse(DevKeys.isDevKey("not a key"));
        assertFalse(DevKeys.isDevKey(""));
    }

    static PublicKey otherKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair().getPublic();
    }

    static String jwk(PublicKey key) throws Exception {
        return new RsaJsonWebKey((java.security.interfaces.RSAPublicKey) key).toJson();
    }
}
