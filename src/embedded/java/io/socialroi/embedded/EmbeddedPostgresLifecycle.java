package io.socialroi.embedded;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import io.quarkus.runtime.ShutdownEvent;

/**
 * Tells the embedded database's shutdown hook that the application has stopped: ShutdownEvent comes after
 * the graceful shutdown has let the requests in flight finish.
 */
@ApplicationScoped
public class EmbeddedPostgresLifecycle {

    void onStop(@Observes ShutdownEvent event) {
        EmbeddedPostgresConfigSourceFactory.applicationStopped();
    }
}
