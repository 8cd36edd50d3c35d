package io.socialroi.content;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("PostingTimeCell")
@Description("The posts published in one hour of one weekday, in the report's time zone.")
public record PostingTimeCell(@NonNull Weekday weekday,
        @Description("0 to 23: the hour of the local publishing time (13 holds 13:00 to 13:59).") int hour,
        @Description("Posts published in this hour of this weekday.") int posts,
        @Description("Posts with a value of the metric (ENGAGEMENT_RATE: those with impressions).") int sampleSize,
        @Description("The median per post; null below the minimum sample, with the reason.") DecimalScalar median,
        @Description("Why the median is null, when it is.") String undefinedReason) {
}
