package io.socialroi.content;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

@Type("PostingTimes")
@Description("When posts do best: a weekday × hour grid of the publishing time, one median per cell.")
public record PostingTimes(@NonNull String timeZone, @NonNull PostingTimeMetric metric,
        @Description("The fewest posts with a value a cell needs for a median.") int minimumSample,
        @NonNull @Description("All 168 cells, Monday 0:00 first, hour by hour, empty ones included.")
        List<@NonNull PostingTimeCell> cells,
        @NonNull @Description("Up to 5 cells with at least minimumSample posts, highest median first (ties: more"
                + " posts first); each says its sample size.") List<@NonNull PostingTimeCell> best) {
}
