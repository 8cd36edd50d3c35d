package io.socialroi.report;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.money.Money;

@Type("AttributionSummary")
@Description("The conversions a report counts, and those no touchpoint or known source explains: never dropped.")
public record AttributionSummary(@NonNull int conversions, @NonNull Money revenue,
        @NonNull @Description("Conversions with an empty path and no recorded campaign or channel.") int unattributedConversions,
        @NonNull Money unattributedRevenue,
        @NonNull @Description("Conversions credited to a campaign but no channel (a CRM deal with only its campaign known).") int withoutChannelConversions,
        @NonNull Money withoutChannelRevenue,
        @NonNull @Description("Every cost of the period, in the reporting currency: the channels' costs plus the unallocated cost.") Money cost,
        @NonNull @Description("Costs on no channel: recorded without one, on a campaign that runs on several channels or none. Shown here so that channel costs add up to the total, the way unattributed revenue is.") Money unallocatedCost) {
}
