package io.socialroi.sentiment;

import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;

@Input("SentimentDayInput")
@Description("A day's mentions of the brand on a channel by sentiment, as a listening tool counts them. Absent counts"
        + " are 0.")
public class SentimentDayInput {
    @NonNull
    @Id
    public String channelId;
    @NonNull
    public DateScalar date;
    @PositiveOrZero
    public Long positive;
    @PositiveOrZero
    public Long neutral;
    @PositiveOrZero
    public Long negative;
}
