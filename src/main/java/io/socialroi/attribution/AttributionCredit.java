package io.socialroi.attribution;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.tracking.Touchpoint;

@Type("AttributionCredit")
@Description("The share of one conversion a model gives to one touchpoint (or to the conversion's recorded source).")
public record AttributionCredit(
        @Description("Null when the credit goes to the recorded source of a conversion without touchpoints.") Touchpoint touchpoint,
        Channel channel, Campaign campaign,
        @NonNull @Description("Share of the revenue, in the reporting currency.") Money revenue,
        @NonNull @Description("Share of the conversion (1 = all of it).") DecimalScalar conversions) {
}
