package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Enum;

@Enum("DeliveryStatus")
@Description("PENDING: due, not yet tried. SENDING: claimed by an instance now. SENT: accepted by the SMTP server or"
        + " answered 2xx by the webhook. RETRYING: failed, tried again at nextAttemptAt. FAILED: failed maxAttempts"
        + " times. SKIPPED: the report was empty and the schedule skips empty reports. UNKNOWN: the instance sending it"
        + " stopped before recording the outcome; it is not sent again, so nothing is ever sent twice.")
public enum DeliveryStatus {
    PENDING,
    SENDING,
    SENT,
    RETRYING,
    FAILED,
    SKIPPED,
    UNKNOWN
}
