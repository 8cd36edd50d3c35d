package io.socialroi.funnel;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;

@Type("FunnelRow")
@Description("The funnel of the persons of one first-touch channel (or of all persons, for Funnel.total).")
public record FunnelRow(
        @Description("The persons' first-touch channel; null in the unattributed row (no touchpoint at or before"
                + " the first conversion, and no recorded channel on it) and in Funnel.total.")
        Channel channel,
        @NonNull @Description("LEAD, MQL, SQL, OPPORTUNITY, SALE, in this order.") List<@NonNull FunnelStage> stages,
        @NonNull @Description("LEAD → MQL, MQL → SQL, SQL → OPPORTUNITY, OPPORTUNITY → SALE, in this order.")
        List<@NonNull FunnelTransition> transitions) {
}
