package io.socialroi.audience;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;

@Type("AudienceDifference")
@Description("One segment across the channels compared.")
public record AudienceDifference(@NonNull AudienceDimension dimension,
        @NonNull @Description("As the first channel asked that lists it spells it (segments match whatever their case).")
        String segment,
        @NonNull @Description("The largest share minus the smallest, in percentage points, over the channels with a"
                + " snapshot of the dimension.") DecimalScalar spread,
        @NonNull @Description("One per channel asked, in the order asked.") List<@NonNull ChannelShare> shares) {
}
