package io.socialroi.report;

import java.util.List;

import jakarta.inject.Inject;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.GraphQLApi;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.NonNull;
import org.eclipse.microprofile.graphql.Source;

import io.smallrye.graphql.api.Nullable;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GuardedResolver;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;

/**
 * The computed fields of {@code Campaign}. Each is a batch resolver: SmallRye calls it once with every
 * campaign of the response, so a page of campaigns costs a constant number of statements.
 */
@GraphQLApi
@GuardedResolver
public class CampaignReportGraphQLApi {

    @Inject
    ReportService reports;

    @Description("All costs of the campaign in the period (every category, labor included), in the reporting currency.")
    public @NonNull List<@NonNull Money> totalCost(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period) {
        return reports.totalCost(campaigns, period);
    }

    @Description("Costs by category, every category listed (zero where nothing was spent).")
    public @NonNull List<@NonNull List<@NonNull CostCategoryTotal>> costBreakdown(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period) {
        return reports.costBreakdown(campaigns, period);
    }

    @Description("Revenue of the period's conversions (of the given types; all when absent) credited to the campaign by the attribution model.")
    public @NonNull List<@NonNull Money> attributedRevenue(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period, @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.attributedRevenue(campaigns, period, attribution, conversionTypes);
    }

    @Description("The value the workspace set per conversion type (actionValues), of the period's conversions (of the"
            + " given types), credited to the campaign by the attribution model: what leads and sign-ups are worth"
            + " before they are sales. Never mixed into attributedRevenue.")
    public @NonNull List<@NonNull Money> attributedValue(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period, @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.attributedValue(campaigns, period, attribution, conversionTypes);
    }

    @Description("Conversions of the period credited to the campaign (fractions under multi-touch models).")
    public @NonNull List<@NonNull DecimalScalar> conversions(@Source List<Campaign> campaigns,
            @Name("period") DateRangeInput period, @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.conversions(campaigns, period, attribution, conversionTypes);
    }

    @Description("Cost, attributed revenue, ROI % and ROAS over the period.")
    public @NonNull List<@NonNull Roi> roi(@Source List<Campaign> campaigns, @Name("period") DateRangeInput period,
            @Name("attribution") AttributionInput attribution,
            @Nullable @Name("conversionTypes") List<@NonNull ConversionType> conversionTypes) {
        return reports.roi(campaigns, period, attribution, conversionTypes);
    }
}
