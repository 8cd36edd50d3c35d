package io.socialroi.ops;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.ConnectException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Collections;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import io.socialroi.testing.Tokens;

/**
 * The trial, as a user runs it: {@code java -jar} with no database and no key configured. It makes its own key
 * pair and database password in its data directory (owner-only), prints an ADMIN token that works, listens on
 * this machine only, refuses tokens of the repository's dev key, keeps everything across a restart, and refuses
 * to start at all when configured (by variable or by a dev profile) to verify with the dev key.
 */
class TrialIT {

    static final String WHO_AM_I = "{ workspace { slug } myWorkspaces { role workspace { slug } } }";

    @Test
    void theTrialMakesItsOwnSecretsAndPrintsAWorkingAdminToken() throws Exception {
        try (PackagedService trial = new PackagedService(Files.createTempDirectory("social-roi-trial"))) {
            trial.startReady();
            String token = trial.printedToken();
            assertEquals("{\"data\":{\"workspace\":{\"slug\":\"default\"},\"myWorkspaces\":[{\"role\":\"ADMIN\","
                    + "\"workspace\":{\"slug\":\"default\"}}]}}", PackagedService.post(trial.base(), token, WHO_AM_I).body());

            // the repository's dev key pair is anyone's: its tokens mean nothing here
            assertEquals(401, PackagedService.send(trial.base(), Tokens.forSubject("dev@social-roi.local"), WHO_AM_I).statusCode());
            assertEquals(401, PackagedService.send(trial.base(), null, WHO_AM_I).statusCode());

            Path secrets = trial.data.resolve("social-roi");
            if (secrets.getFileSystem().supportedFileAttributeViews().contains("posix")) {
                assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(secrets)));
                for (String file : new String[] { "jwt-private.pem", "jwt-public.pem", "postgres-password" }) {
                    assertEquals("rw-------", PosixFilePermissions.toString(
                            Files.getPosixFilePermissions(secrets.resolve(file))), file);
                }
            }

            // the database asks for its password, and only the right one opens it
            assertThrows(SQLException.class, () -> DriverManager.getConnection(trial.jdbcUrl(), "postgres", null).close());
            assertThrows(SQLException.class, () -> DriverManager.getConnection(trial.jdbcUrl(), "postgres", "postgres").close());
            try (Connection db = DriverManager.getConnection(trial.jdbcUrl(), "postgres", trial.postgresPassword())) {
                assertTrue(db.isValid(2));
            }
            assertTrue(Files.readAllLines(trial.data.resolve("pg_hba.conf")).stream()
                    .noneMatch(line -> !line.startsWith("#") && line.contains("trust")), "pg_hba.conf still trusts");

            // 127.0.0.1 only: this machine's other addresses do not answer
            Optional<InetAddress> lan = nonLoopbackAddress();
            if (lan.isPresent()) {
                for (int port : new int[] { trial.httpPort, trial.managementPort }) {
                    assertThrows(ConnectException.class, () -> {
                        try (Socket socket = new Socket()) {
                            socket.connect(new InetSocketAddress(lan.get(), port), 2000);
                        }
                    }, "the trial answered on " + lan.get() + ":" + port);
                }
            } else {
                System.out.println("TrialIT: this machine has no non-loopback IPv4 address; binding not checked");
            }

            // a restart keeps the data, the password and the key pair: the first token still works
            String password = trial.postgresPassword();
            trial.stop();
            trial.startReady();
            assertEquals(password, trial.postgresPassword());
            assertEquals(200, PackagedService.send(trial.base(), token, WHO_AM_I).statusCode());
            assertNotEquals(token, trial.printedToken(), "each start prints a fresh token");
            assertEquals(200, PackagedService.send(trial.base(), trial.printedToken(), WHO_AM_I).statusCode());
            trial.stop();

            // configured to verify with the dev key, by variable or through the dev profile: refused, promptly
            trial.env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", "dev/jwt-public.pem").env("MP_JWT_VERIFY_ISSUER", Tokens.ISSUER)
                    .env("MP_JWT_VERIFY_AUDIENCES", Tokens.AUDIENCE).start();
            assertEquals(1, trial.exitCode());
            assertTrue(Files.readString(trial.log()).contains("Refusing to start: tokens would be verified with the dev key pair"));
            trial.env("MP_JWT_VERIFY_PUBLICKEY_LOCATION", null).env("MP_JWT_VERIFY_ISSUER", null)
                    .env("MP_JWT_VERIFY_AUDIENCES", null).env("QUARKUS_PROFILE", "dev").start();
            assertEquals(1, trial.exitCode());
            assertTrue(Files.readString(trial.log()).contains("Refusing to start: tokens would be verified with the dev key pair"));
        }
    }

    static Optional<InetAddress> nonLoopbackAddress() throws Exception {
        for (NetworkInterface nic : Collections.list(NetworkInterface.getNetworkInterfaces())) {
            if (!nic.isUp() || nic.isLoopback()) {
                continue;
            }
            for (InetAddress address : Collections.list(nic.getInetAddresses())) {
                if (address instanceof Inet4Address && !address.isLoopbackAddress()) {
                    return Optional.of(address);
                }
            }
        }
        return Optional.empty();
    }
}
