package io.socialroi.delivery;

import java.time.Clock;
import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.scheduler.Scheduled;

/**
 * The periodic tick (social-roi.delivery.tick, every minute by default; "off" turns it off): due occurrences become
 * claim rows, stale claims are closed, and the deliveries ready now are claimed and sent. Every instance ticks;
 * the claims in {@link DeliveryLog} make each delivery happen once. Time comes from the Clock bean, so a test
 * drives schedules by setting the clock and calling {@link #tick(Instant)}.
 */
@ApplicationScoped
public class DeliveryTick {

    @Inject
    DeliveryLog log;
    @Inject
    Deliverer deliverer;
    @Inject
    Clock clock;

    @Scheduled(identity = "delivery-tick", every = "${social-roi.delivery.tick:60s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void onTick() {
        tick(clock.instant());
    }

    /** One tick as of {@code now}; answers how many deliveries this call sent or tried. */
    public int tick(Instant now) {
        log.claimDueOccurrences(now);
        log.expireClaims(now);
        int tried = 0;
        for (long id : log.claimReady(now)) {
            deliverer.deliver(id);
            tried++;
        }
        return tried;
    }
}
