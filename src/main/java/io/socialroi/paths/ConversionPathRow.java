package io.socialroi.paths;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ConversionPath")
@Description("One channel path and the counted conversions that took it.")
public record ConversionPathRow(
        @NonNull @Description("The channels of the path's touchpoints, oldest first (ties by id), consecutive repeats"
                + " collapsed (LinkedIn, LinkedIn, Email is LinkedIn > Email). A conversion with an empty path and a"
                + " recorded channel has that channel as its one touch, at the conversion (as in attribution); empty: the conversions"
                + " with no channel at all (unattributed, or with only a recorded campaign).")
        List<@NonNull Channel> channels,
        @NonNull int conversions,
        @NonNull @Description("Revenue of these conversions in the reporting currency, at the rate of each"
                + " conversion's UTC day.")
        Money revenue,
        @NonNull @Description("Touchpoints per conversion before collapsing repeats (a recorded channel counts as"
                + " one, an empty path as zero), 2 decimals half-up.")
        DecimalScalar averageTouches,
        @Description("Days (of 24 hours) from the path's first touchpoint to the conversion, averaged over the"
                + " conversions, 2 decimals half-up; 0 for a recorded channel standing in. Null exactly when"
                + " channels is empty: there is no first touch to count from.")
        DecimalScalar averageDaysToConversion) {
}
