package io.socialroi.delivery;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;

/** Sends a delivery by e-mail through the configured SMTP server (README "Configuration": SOCIAL_ROI_SMTP_*). */
@ApplicationScoped
public class EmailSender {

    @Inject
    Mailer mailer;

    /** Sends, or throws when the SMTP server refuses or cannot be reached. */
    public void send(List<String> recipients, DeliveryMessage message) {
        Mail mail = new Mail().setTo(recipients).setSubject(message.subject()).setText(message.summary())
                .addAttachment(message.csvName(), message.csv().getBytes(StandardCharsets.UTF_8), "text/csv; charset=UTF-8");
        mailer.send(mail);
    }
}
