package io.socialroi.common;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * "Today" for the service: the system clock in UTC (report days are UTC days). A default bean, so tests can
 * replace it with a clock they set.
 */
public class ClockProducer {

    @Produces
    @Singleton
    @DefaultBean
    Clock clock() {
        return Clock.systemUTC();
    }
}
