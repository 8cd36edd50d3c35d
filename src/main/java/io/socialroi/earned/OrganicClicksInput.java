package io.socialroi.earned;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Id;
import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.NonNull;

import io.socialroi.common.DateScalar;

@Input("OrganicClicksInput")
@Description("Organic clicks on a keyword on one UTC day, optionally on one channel and in one campaign. Monthly"
        + " (or weekly) figures are sent on the period's first day; they are priced at the CPC in force that day.")
public class OrganicClicksInput {
    @NonNull
    public String keyword;
    @NonNull
    @NotNull
    public DateScalar date;
    @NonNull
    @Description("Not negative.")
    @NotNull(message = "Clicks are required.")
    @PositiveOrZero
    public Long clicks;
    @Id
    public String channelId;
    @Id
    public String campaignId;
}
