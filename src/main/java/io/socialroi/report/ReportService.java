package io.socialroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionInput;
import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DecimalScalar;
import io.socialroi.cost.CostCategory;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Computed figures of campaigns and channels. Every method answers for a whole list of campaigns with
 * a constant number of statements, so a page of 100 campaigns costs what a page of 1 does.
 */
@ApplicationScoped
public class ReportService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ReportQueries queries;
    @Inject
    ChannelService channels;

    ReportQueries.ReportScope scope(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        return new ReportQueries.ReportScope(workspace.id(), workspace.reportingCurrency(),
                ReportArguments.period(period), ReportArguments.attribution(attribution), ReportArguments.types(types));
    }

    public List<Money> totalCost(List<Campaign> campaigns, DateRangeInput period) {
        var scope = scope(period, null, null);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        return campaigns.stream()
                .map(c -> Money.of(sum(costs.getOrDefault(c.databaseId(), Map.of())), scope.reportingCurrency()))
                .toList();
    }

    /** Every category, in a fixed order, zero where nothing was spent: charts need stable rows. */
    public List<List<CostCategoryTotal>> costBreakdown(List<Campaign> campaigns, DateRangeInput period) {
        var scope = scope(period, null, null);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        return campaigns.stream().map(c -> {
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(c.databaseId(), Map.of());
            List<CostCategoryTotal> totals = new ArrayList<>();
            for (CostCategory category : CostCategory.values()) {
                totals.add(new CostCategoryTotal(category,
                        Money.of(byCategory.getOrDefault(category, BigDecimal.ZERO), scope.reportingCurrency())));
            }
            return totals;
        }).toList();
    }

    public List<Money> attributedRevenue(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var credits = queries.creditsByCampaign(scope, ids(campaigns), false);
        return campaigns.stream()
                .map(c -> Money.of(credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).revenue(),
                        scope.reportingCurrency()))
                .toList();
    }

    public List<DecimalScalar> conversions(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var credits = queries.creditsByCampaign(scope, ids(campaigns), true);
        return campaigns.stream()
                .map(c -> conversionCount(credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).conversions()))
                .toList();
    }

    public List<Roi> roi(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var costs = queries.costsByCampaign(scope, ids(campaigns));
        var credits = queries.creditsByCampaign(scope, ids(campaigns), false);
        return campaigns.stream().map(c -> {
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(c.databaseId(), Map.of());
            BigDecimal revenue = credits.getOrDefault(c.databaseId(), ReportQueries.Credits.NONE).revenue();
            return Roi.of(RoiCalculator.compute(sum(byCategory), revenue,
                    byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO)), scope.reportingCurrency());
        }).toList();
    }

    /** One row per channel of the workspace (zeros included), by channel name. */
    public List<ChannelPerformance> channelPerformance(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var costs = queries.costsByChannel(scope);
        var credits = queries.creditsByChannel(scope);
        var assisted = queries.assistedByChannel(scope);
        String currency = scope.reportingCurrency();
        List<ChannelPerformance> rows = new ArrayList<>();
        for (Channel channel : channels.list()) {
            long id = ChannelService.databaseId(channel);
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(id, Map.of());
            ReportQueries.Credits credit = credits.getOrDefault(id, ReportQueries.Credits.NONE);
            var figures = RoiCalculator.compute(sum(byCategory), credit.revenue(),
                    byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO));
            rows.add(new ChannelPerformance(channel, Money.of(figures.cost(), currency),
                    Money.of(credit.revenue(), currency), conversionCount(credit.conversions()),
                    assisted.getOrDefault(id, 0L).intValue(), Roi.of(figures, currency)));
        }
        return rows;
    }

    public AttributionSummary attributionSummary(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var s = queries.summary(scope);
        String currency = scope.reportingCurrency();
        return new AttributionSummary((int) s.conversions(), Money.of(s.revenue(), currency),
                (int) s.unattributedConversions(), Money.of(s.unattributedRevenue(), currency),
                (int) s.withoutChannelConversions(), Money.of(s.withoutChannelRevenue(), currency));
    }

    /** Credited conversions are sums of 10-decimal credits; the API shows them to 2 decimals. */
    private static DecimalScalar conversionCount(BigDecimal credits) {
        return DecimalScalar.of(credits.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static List<Long> ids(List<Campaign> campaigns) {
        return campaigns.stream().map(Campaign::databaseId).distinct().toList();
    }

    private static BigDecimal sum(Map<CostCategory, BigDecimal> byCategory) {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
