package io.socialroi.delivery;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;

@Type("Delivery")
@Description("One due occurrence of a schedule and what became of it: the delivery log.")
public record Delivery(@NonNull @Id String id,
        @Id @Description("Null once the schedule is deleted.") String scheduleId,
        @NonNull String reportName, @NonNull @Description("The occurrence delivered.") DateTimeScalar dueAt,
        @NonNull DeliveryChannel channel,
        @NonNull @Description("The addresses, or the webhook's scheme and host.") String recipients,
        @NonNull DeliveryStatus status, @Description("Tries so far.") int attempts,
        @Description("RETRYING: when it is tried again.") DateTimeScalar nextAttemptAt,
        @Description("SENT: when it was accepted.") DateTimeScalar sentAt,
        @Description("The last failure, in words.") String error) {

    public static final String TYPE = "Delivery";

    static Delivery of(DeliveryEntity e) {
        return new Delivery(GlobalId.encode(TYPE, e.id),
                e.scheduleId == null ? null : GlobalId.encode(Schedule.TYPE, e.scheduleId), e.reportName,
                DateTimeScalar.of(e.dueAt), e.channel, e.recipients, e.status, e.attempts,
                e.nextAttemptAt == null ? null : DateTimeScalar.of(e.nextAttemptAt),
                e.sentAt == null ? null : DateTimeScalar.of(e.sentAt), e.error);
    }
}
