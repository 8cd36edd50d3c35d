package io.socialroi.report;

import java.util.List;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Type;

import io.socialroi.attribution.AttributionModel;

@Type("AttributionComparison")
@Description("Attributed revenue and credited conversions under several models side by side.")
public record AttributionComparison(@NonNull List<@NonNull AttributionModel> models,
        @NonNull List<@NonNull ChannelModelComparison> channels,
        @NonNull @Description("Every campaign of the workspace, by name.") List<@NonNull CampaignModelComparison> campaigns,
        @NonNull @Description("Conversions no model can credit (no path, no recorded source): the same under every model.")
        AttributionSummary summary) {
}
