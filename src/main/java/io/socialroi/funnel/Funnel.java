package io.socialroi.funnel;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("Funnel")
@Description("LEAD → MQL → SQL → OPPORTUNITY → SALE, counted in persons, per first-touch channel."
        + " A person is in a stage when they have a conversion of that type in the period (UTC days; all time when"
        + " absent); a stage's date for a person is their first conversion of that type in the period."
        + " A person's first-touch channel is the channel of their earliest touchpoint (ties: lowest id) at or"
        + " before their first funnel conversion in the period, with no lookback limit; when they have none, the"
        + " channel recorded on that first conversion (ties: lowest id) stands in, as attribution treats the"
        + " recorded source of a conversion with an empty path; with neither the person is unattributed."
        + " Each person is in exactly one row.")
public record Funnel(
        @NonNull @Description("Every channel of the workspace by name (zeros included), then the unattributed row"
                + " (channel null); with channelId, only that channel's row.")
        List<@NonNull FunnelRow> rows,
        @NonNull @Description("All persons of the rows together (channel null); medians over all of them.")
        FunnelRow total) {
}
