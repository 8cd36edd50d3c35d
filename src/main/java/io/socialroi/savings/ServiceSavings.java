package io.socialroi.savings;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;

@Type("ServiceSavings")
@Description("Support work social content made unnecessary, in the reporting currency. A recorded period that only"
        + " partly lies in the report's period counts pro rata by days.")
public record ServiceSavings(
        @NonNull @Description("Contacts deflected in the period (pro rata by days, 2 decimals).") DecimalScalar contactsDeflected,
        @NonNull @Description("Σ contacts × cost per contact: money saved, a return beside revenue, never mixed into it.") Money savings,
        @Description("savings / contactsDeflected; null when no contact was deflected.") Money averageCostPerContact,
        @Description("Why averageCostPerContact is null; set exactly when it is.") String undefinedReason,
        @NonNull @Description("The same figures per channel, by channel name (channels with records in the period).")
        List<@NonNull ChannelServiceSavings> byChannel) {
}
