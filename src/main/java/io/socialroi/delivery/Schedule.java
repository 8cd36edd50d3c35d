package io.socialroi.delivery;

import java.net.URI;
import java.util.Arrays;
import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateTimeScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;

@Type("Schedule")
@Description("A saved report delivered daily, weekly or monthly at a local time (docs/delivery.md).")
public record Schedule(@NonNull @Id String id, @NonNull @Id String savedReportId, @NonNull Frequency frequency,
        Weekday dayOfWeek, Integer dayOfMonth, @NonNull @Description("HH:MM") String localTime,
        @NonNull String timeZone, @NonNull DeliveryChannel channel, @NonNull List<@NonNull String> recipients,
        @Description("The webhook's scheme and host only: the path of an incoming-webhook URL is its secret.")
        String webhookUrl, WebhookFormat webhookFormat, boolean skipWhenEmpty, boolean active,
        @NonNull @Description("The next occurrence that will be delivered.") DateTimeScalar nextDueAt) implements Node {

    public static final String TYPE = "Schedule";

    static Schedule of(DeliveryScheduleEntity e) {
        return new Schedule(GlobalId.encode(TYPE, e.id), GlobalId.encode(SavedReport.TYPE, e.savedReportId), e.frequency,
                Weekday.of(e.dayOfWeek), e.dayOfMonth, e.localTime.toString(), e.timeZone, e.channel,
                e.recipients == null ? List.of() : Arrays.asList(e.recipients.split(",")), masked(e.webhookUrl), e.webhookFormat,
                e.skipWhenEmpty, e.active, DateTimeScalar.of(e.nextDueAt));
    }

    /** https://hooks.slack.com/services/T0/B0/secret → https://hooks.slack.com/… */
    static String masked(String url) {
        if (url == null) {
            return null;
        }
        URI uri = URI.create(url);
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
    }

    @Override
    @Id
    @NonNull
    public String getId() {
        return id;
    }
}
