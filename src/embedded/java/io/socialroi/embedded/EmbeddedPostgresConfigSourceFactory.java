package io.socialroi.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
import io.socialroi.security.LocalAdminToken;
import io.smallrye.config.ConfigSourceContext;
import io.smallrye.config.ConfigSourceFactory;
import io.smallrye.config.ConfigValue;
import io.smallrye.config.common.MapBackedConfigSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

/**
 * Starts a real, embedded PostgreSQL (zonky binaries from Maven Central) when no datasource URL is
 * configured, so that {@code quarkus:dev} and the packaged jar run on a machine with only a JDK.
 *
 * <p>It is a config source factory rather than a bean because the datasource URL must exist before
 * Quarkus configures Agroal and Flyway. It only ever publishes strings: the JDBC URL is kept in a
 * system property so that a dev-mode reload reuses the database that is already running.
 */
public class EmbeddedPostgresConfigSourceFactory implements ConfigSourceFactory {

    private static final Logger LOG = Logger.getLogger(EmbeddedPostgresConfigSourceFactory.class);

    static final String RUNNING_URL_PROPERTY = "social-roi.embedded-postgres.running-url";
    /** Where LocalAdminToken finds the key to sign the trial's admin token with; set only in the trial. */
    static final String TRIAL_PRIVATE_KEY_PROPERTY = LocalAdminToken.TRIAL_PRIVATE_KEY_PROPERTY;
    static final String TRIAL_ISSUER = "social-roi-trial";
    static final String TRIAL_AUDIENCE = "social-roi";
    static final String TRIAL_ADMIN = "dev@social-roi.local";
    private static final String USER = "postgres";
    /** Above application.properties (250) so its placeholders cannot shadow the embedded database. */
    private static final int ORDINAL = 275;

    private static EmbeddedPostgres running;
    private static final java.util.concurrent.CountDownLatch APPLICATION_STOPPED = new java.util.concurrent.CountDownLatch(1);
    /** Longer than any configured graceful shutdown; a last resort if the application never reports. */
    private static final long STOP_WAIT_SECONDS = 120;

    private static volatile boolean applicationStarted;

    /** Called when the application has started: from now on, stopping waits for it. */
    static void applicationStarted() {
        applicationStarted = true;
    }

    /** Called when the application has stopped: the database may go now. */
    static void applicationStopped() {
        APPLICATION_STOPPED.countDown();
    }

    @Override
    public Iterable<ConfigSource> getConfigSources(ConfigSourceContext context) {
        // Quarkus also reads configuration while building and while building tests: start nothing then.
        if (ExecutionMode.current() == ExecutionMode.UNSET || context.getProfiles().contains("test")) {
            return List.of();
        }
        if (isSet(context.getValue("quarkus.datasource.jdbc.url"))) {
            return List.of();
        }
        ConfigValue enabled = context.getValue("social-roi.embedded-postgres.enabled");
        if (isSet(enabled) && !Boolean.parseBoolean(enabled.getValue())) {
            return List.of();
        }
        Path dataDirectory = dataDirectory(context);
        TrialSecrets secrets = new TrialSecrets(dataDirectory);
        String url = System.getProperty(RUNNING_URL_PROPERTY);
        if (url == null) {
            url = start(dataDirectory, port(context), secrets);
            System.setProperty(RUNNING_URL_PROPERTY, url);
        }
        Map<String, String> values = new HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", secrets.password().orElseThrow()));
        // A laptop trial listens on this machine only; a host configured on purpose (QUARKUS_HTTP_HOST) wins.
        putUnlessSet(context, values, "quarkus.http.host", "127.0.0.1");
        putUnlessSet(context, values, "quarkus.management.host", "127.0.0.1");
        // Without a configured key (dev mode configures the dev key in application.properties), the trial verifies
        // tokens with a key pair of its own, made at first start: nobody else holds its private half.
        // TrialAdminToken prints a token signed with it.
        if (!isSet(context.getValue("mp.jwt.verify.publickey.location")) && !isSet(context.getValue("mp.jwt.verify.publickey"))) {
            values.put("mp.jwt.verify.publickey.location", "file:" + secrets.publicKey());
            values.put(TRIAL_PRIVATE_KEY_PROPERTY, secrets.privateKeyFile().toString());
            putUnlessSet(context, values, "mp.jwt.verify.issuer", TRIAL_ISSUER);
            putUnlessSet(context, values, "mp.jwt.verify.audiences", TRIAL_AUDIENCE);
            putUnlessSet(context, values, "social-roi.bootstrap-admins", TRIAL_ADMIN);
        }
        return List.of(new MapBackedConfigSource("embedded-postgres", values, ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static synchronized String start(Path dataDirectory, int port, TrialSecrets secrets) {
        try {
            Files.createDirectories(dataDirectory);
            LOG.infof("No datasource URL configured: starting embedded PostgreSQL with data in %s", dataDirectory);
            // A data directory made before passwords (or a first start) has none yet: this one becomes it.
            String password = secrets.password().orElseGet(TrialSecrets::newPassword);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // zonky checks readiness with this connection's settings: it must log in like everyone else
                    .setConnectConfig("password", password)
                    // our own hook below stops it, after the application (zonky's would stop it at once)
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            try {
                running = builder.start();
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                        + " (if it asks for a password, " + secrets.passwordFile() + " must hold it; or set"
                        + " QUARKUS_DATASOURCE_JDBC_URL to use an existing PostgreSQL instead)", e);
            }
            secrets.savePassword(password);
            requirePasswords(running, dataDirectory, password);
            // The JVM runs shutdown hooks side by side: this one waits until the application has stopped
            // (EmbeddedPostgresLifecycle), so requests still in flight during a graceful shutdown keep their
            // database. Dev-mode restarts stop the application but never the JVM, and so never the database.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    // a start that failed (a refused configuration) never stops gracefully: nothing to wait for
                    if (applicationStarted) {
                        APPLICATION_STOPPED.await(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                    }
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stop();
            }, "embedded-postgres-shutdown"));
            String url = running.getJdbcUrl(USER, "postgres");
            LOG.infof("Embedded PostgreSQL is up at %s (password in %s)", url, secrets.passwordFile());
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (set QUARKUS_DATASOURCE_JDBC_URL to use an existing PostgreSQL instead)", e);
        }
    }

    /**
     * zonky's initdb lets every local user in without a password ({@code -A trust}): any process on the machine
     * could read and change the trial's data. Whenever pg_hba.conf still trusts (the first start, or the first
     * since an older version), the superuser gets the password and pg_hba.conf asks for it on every connection,
     * over TCP and socket alike.
     */
    static void requirePasswords(EmbeddedPostgres postgres, Path dataDirectory, String password) throws IOException {
        Path hba = dataDirectory.resolve("pg_hba.conf");
        boolean trusts = Files.readAllLines(hba).stream().map(String::trim)
                .anyMatch(line -> !line.startsWith("#") && line.matches(".*\\btrust\\b.*"));
        if (!trusts) {
            return;
        }
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            // the password is URL-safe base64: nothing to escape
            statement.execute("ALTER ROLE " + USER + " PASSWORD '" + password + "'");
            Files.writeString(hba, PASSWORD_ONLY_HBA);
            statement.execute("SELECT pg_reload_conf()");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not require passwords of the embedded PostgreSQL", e);
        }
        LOG.infof("The embedded PostgreSQL now asks for its password (%s)", hba);
    }

    static final String PASSWORD_ONLY_HBA = """
            # Written by social-roi: the embedded database accepts only password (SCRAM) logins, on this machine only.
            # TYPE  DATABASE  USER  ADDRESS       METHOD
            local   all       all                 scram-sha-256
            host    all       all   127.0.0.1/32  scram-sha-256
            host    all       all   ::1/128       scram-sha-256
            """;

    private static synchronized void stop() {
        if (running != null) {
            try {
                running.close();
            } catch (IOException e) {
                LOG.warn("Embedded PostgreSQL did not stop cleanly", e);
            }
            running = null;
        }
    }

    private static Path dataDirectory(ConfigSourceContext context) {
        ConfigValue configured = context.getValue("social-roi.embedded-postgres.data-dir");
        if (isSet(configured)) {
            return Path.of(configured.getValue()).toAbsolutePath();
        }
        return Path.of(System.getProperty("user.home"), ".social-roi", "postgres");
    }

    private static int port(ConfigSourceContext context) {
        ConfigValue configured = context.getValue("social-roi.embedded-postgres.port");
        return isSet(configured) ? Integer.parseInt(configured.getValue().trim()) : 0;
    }

    /** Puts {@code value} unless someone configured {@code name}: Quarkus's own defaults do not count. */
    private static void putUnlessSet(ConfigSourceContext context, Map<String, String> values, String name, String value) {
        ConfigValue configured = context.getValue(name);
        if (!isSet(configured) || "DefaultValuesConfigSource".equals(configured.getConfigSourceName())) {
            values.put(name, value);
        }
    }

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
