package io.socialroi.embedded;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;

import org.eclipse.microprofile.config.spi.ConfigSource;
import org.jboss.logging.Logger;

import io.quarkus.runtime.ExecutionMode;
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
    private static final String USER = "postgres";
    private static final String PASSWORD = "postgres";
    /** Above application.properties (250) so its placeholders cannot shadow the embedded database. */
    private static final int ORDINAL = 275;

    private static EmbeddedPostgres running;
    private static final java.util.concurrent.CountDownLatch APPLICATION_STOPPED = new java.util.concurrent.CountDownLatch(1);
    /** Longer than any configured graceful shutdown; a last resort if the application never reports. */
    private static final long STOP_WAIT_SECONDS = 120;

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
        String url = System.getProperty(RUNNING_URL_PROPERTY);
        if (url == null) {
            url = start(dataDirectory(context), port(context));
            System.setProperty(RUNNING_URL_PROPERTY, url);
        }
        Map<String, String> values = new java.util.HashMap<>(Map.of(
                "quarkus.datasource.jdbc.url", url,
                "quarkus.datasource.username", USER,
                "quarkus.datasource.password", PASSWORD));
        // The embedded database is a laptop or trial setup: without configured keys, accept tokens of the dev
        // key pair (whose private key is in the repository, so anyone can sign them: JwtConfigurationCheck warns).
        if (!isSet(context.getValue("mp.jwt.verify.publickey.location")) && !isSet(context.getValue("mp.jwt.verify.publickey"))) {
            values.put("mp.jwt.verify.publickey.location", "dev/jwt-public.pem");
            values.put("social-roi.auth.dev-keys", "true");
            if (!isSet(context.getValue("mp.jwt.verify.issuer"))) {
                values.put("mp.jwt.verify.issuer", "social-roi-dev");
            }
            if (!isSet(context.getValue("social-roi.bootstrap-admins"))) {
                values.put("social-roi.bootstrap-admins", "dev@social-roi.local");
            }
        }
        return List.of(new MapBackedConfigSource("embedded-postgres", values, ORDINAL) {
        });
    }

    @Override
    public OptionalInt getPriority() {
        return OptionalInt.of(ORDINAL);
    }

    private static synchronized String start(Path dataDirectory, int port) {
        try {
            Files.createDirectories(dataDirectory);
            LOG.infof("No datasource URL configured: starting embedded PostgreSQL with data in %s", dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    // our own hook below stops it, after the application (zonky's would stop it at once)
                    .setRegisterShutdownHook(false);
            if (port > 0) {
                builder.setPort(port);
            }
            running = builder.start();
            // The JVM runs shutdown hooks side by side: this one waits until the application has stopped
            // (EmbeddedPostgresLifecycle), so requests still in flight during a graceful shutdown keep their
            // database. Dev-mode restarts stop the application but never the JVM, and so never the database.
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    APPLICATION_STOPPED.await(STOP_WAIT_SECONDS, java.util.concurrent.TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                stop();
            }, "embedded-postgres-shutdown"));
            String url = running.getJdbcUrl(USER, "postgres");
            LOG.infof("Embedded PostgreSQL is up at %s", url);
            return url;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory
                    + " (set QUARKUS_DATASOURCE_JDBC_URL to use an existing PostgreSQL instead)", e);
        }
    }

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

    private static boolean isSet(ConfigValue value) {
        return value != null && value.getValue() != null && !value.getValue().isBlank();
    }
}
