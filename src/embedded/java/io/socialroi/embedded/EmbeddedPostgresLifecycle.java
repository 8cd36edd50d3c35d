package io.socialroi.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * Tells the embedded database's shutdown hook when the application has started and when it has stopped:
 * ShutdownEvent comes after the graceful shutdown has let the requests in flight finish. An application that
 * never started (a refused configuration) has nothing to wait for.
 */
@ApplicationScoped
public class EmbeddedPostgresLifecycle {

    void onStart(@Observes StartupEvent event) {
        EmbeddedPostgresConfigSourceFactory.applicationStarted();
    }

    void onStop(@Observes ShutdownEvent event) {
        EmbeddedPostgresConfigSourceFactory.applicationStopped();
    }
}
