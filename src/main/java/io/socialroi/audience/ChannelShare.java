package io.socialroi.audience;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;

@Type("ChannelShare")
@Description("A segment's share of one channel's audience, from the channel's latest snapshot of the dimension on or"
        + " before the date asked.")
public record ChannelShare(@NonNull @Id String channelId,
        @Description("Percent; 0 when the snapshot does not list the segment; null when the channel has no snapshot of"
                + " this dimension by the date.") DecimalScalar share,
        @Description("The day of the snapshot the share comes from.") DateScalar snapshotDate) {
}
