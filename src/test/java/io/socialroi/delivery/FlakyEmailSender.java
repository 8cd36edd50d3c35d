package io.socialroi.delivery;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;

/** The e-mail sender of the tests: the real one (into MockMailbox), unless told to fail the next few sends. */
@Alternative
@Priority(1)
@ApplicationScoped
public class FlakyEmailSender extends EmailSender {

    private final AtomicInteger failures = new AtomicInteger();

    /** The next {@code count} sends fail as an SMTP server refusing the mail would. */
    public void failNext(int count) {
        failures.set(count);
    }

    @Override
    public void send(List<String> recipients, DeliveryMessage message) {
        if (failures.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
            throw new IllegalStateException("SMTP 451 4.3.0 Mail server temporarily rejected message.");
        }
        super.send(recipients, message);
    }
}
