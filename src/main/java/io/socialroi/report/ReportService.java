package io.socialroi.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.AttributionModel;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.attribution.ReportScope;
import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.cost.CostCategory;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.MediaType;
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
    AttributionArguments attributionArguments;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;

    /** The scope of a report: the current workspace, the period, the attribution and the types, validated. */
    public ReportScope scope(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        return attributionArguments.scope(period, attribution, types);
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

    /** Action value (the value set per conversion type) of the period's conversions credited to each campaign. */
    public List<Money> attributedValue(List<Campaign> campaigns, DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types).withActionValues();
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
            BigDecimal cost = sum(byCategory);
            return Roi.of(RoiCalculator.compute(cost, revenue, byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO)),
                    scope.reportingCurrency(), new RoiSubject(RoiSubject.Kind.CAMPAIGN, c.databaseId(), scope, cost, revenue));
        }).toList();
    }

    /** One row per channel of the workspace (zeros included), by channel name. */
    public List<ChannelPerformance> channelPerformance(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var costs = queries.costsByChannel(scope);
        var figures = queries.channelFigures(scope);
        String currency = scope.reportingCurrency();
        List<ChannelPerformance> rows = new ArrayList<>();
        for (Channel channel : channels.list()) {
            long id = ChannelService.databaseId(channel);
            Map<CostCategory, BigDecimal> byCategory = costs.getOrDefault(id, Map.of());
            BigDecimal adSpend = byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO);
            // (these maps may hold a null key: no Map.of() defaults, which refuse null look-ups)
            ReportQueries.ChannelFigures channelFigures = figures.get(id);
            Map<MediaType, ReportQueries.Credits> byMedia = channelFigures == null ? java.util.Collections.emptyMap()
                    : channelFigures.byMediaType();
            Map<MediaType, Long> assists = channelFigures == null ? java.util.Collections.emptyMap()
                    : channelFigures.assistedByMediaType();
            BigDecimal revenue = byMedia.values().stream().map(ReportQueries.Credits::revenue)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal conversions = byMedia.values().stream().map(ReportQueries.Credits::conversions)
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            var roi = RoiCalculator.compute(sum(byCategory), revenue, adSpend);
            List<MediaTypePerformance> media = new ArrayList<>();
            for (MediaType type : MediaType.values()) {
                ReportQueries.Credits c = byMedia.getOrDefault(type, ReportQueries.Credits.NONE);
                BigDecimal roas = type == MediaType.PAID ? RoiCalculator.compute(adSpend, c.revenue(), adSpend).roas() : null;
                media.add(new MediaTypePerformance(type, Money.of(c.revenue(), currency), conversionCount(c.conversions()),
                        assists.getOrDefault(type, 0L).intValue(), DecimalScalar.of(roas)));
            }
            if (byMedia.containsKey(null)) {
                ReportQueries.Credits c = byMedia.get(null);
                media.add(new MediaTypePerformance(null, Money.of(c.revenue(), currency), conversionCount(c.conversions()),
                        0, null));
            }
            rows.add(new ChannelPerformance(channel, Money.of(roi.cost(), currency), Money.of(revenue, currency),
                    conversionCount(conversions), channelFigures == null ? 0 : (int) channelFigures.assisted(),
                    Roi.of(roi, currency, new RoiSubject(RoiSubject.Kind.CHANNEL, id, scope, roi.cost(), revenue)), media));
        }
        return rows;
    }

    /** Revenue and conversions per channel and campaign under each requested model: one statement per model. */
    public AttributionComparison attributionComparison(DateRangeInput period, List<AttributionModel> models,
            Integer lookbackDays, List<ConversionType> types) {
        List<AttributionModel> distinct = models == null ? List.of() : models.stream().distinct().toList();
        if (distinct.isEmpty()) {
            throw new BadArgumentException("models must name at least one attribution model.");
        }
        AttributionInput base = new AttributionInput();
        base.lookbackDays = lookbackDays;
        var scope = scope(period, base, types);
        String currency = scope.reportingCurrency();
        Map<AttributionModel, ReportQueries.ChannelAndCampaignCredits> byModel = new LinkedHashMap<>();
        for (AttributionModel model : distinct) {
            AttributionSettings settings = scope.attribution().withModel(model);
            byModel.put(model, queries.creditsByChannelAndCampaign(new ReportScope(scope.workspaceId(), currency,
                    scope.period(), settings, scope.conversionTypes())
                    .withStoredCredits(attributionArguments.storedCreditsAnswer(settings))));
        }
        List<ChannelModelComparison> channelRows = channels.list().stream().map(channel -> {
            long id = ChannelService.databaseId(channel);
            return new ChannelModelComparison(channel, distinct.stream()
                    .map(m -> result(m, byModel.get(m).byChannel().get(id), currency)).toList());
        }).toList();
        List<CampaignModelComparison> campaignRows = campaigns.all().stream()
                .map(campaign -> new CampaignModelComparison(campaign, distinct.stream()
                        .map(m -> result(m, byModel.get(m).byCampaign().get(campaign.databaseId()), currency)).toList()))
                .toList();
        return new AttributionComparison(distinct, channelRows, campaignRows, attributionSummary(period, base, types));
    }

    private static ModelResult result(AttributionModel model, ReportQueries.Credits credits, String currency) {
        ReportQueries.Credits c = credits == null ? ReportQueries.Credits.NONE : credits;
        return new ModelResult(model, Money.of(c.revenue(), currency), conversionCount(c.conversions()));
    }

    public AttributionSummary attributionSummary(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        var s = queries.summary(scope);
        String currency = scope.reportingCurrency();
        return new AttributionSummary((int) s.conversions(), Money.of(s.revenue(), currency),
                (int) s.unattributedConversions(), Money.of(s.unattributedRevenue(), currency),
                (int) s.withoutChannelConversions(), Money.of(s.withoutChannelRevenue(), currency),
                Money.of(sum(queries.costsOfWorkspace(scope)), currency),
                Money.of(sum(queries.unallocatedCosts(scope)), currency));
    }

    // ---- the whole workspace (goals on the workspace) --------------------------------------------

    /**
     * ROI of the whole workspace: every cost entry against the revenue of every conversion of the period (of the
     * given types), attributed or not: at the workspace level credits sum to each conversion's whole revenue.
     */
    public Roi workspaceRoi(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        var scope = scope(period, attribution, types);
        Map<CostCategory, BigDecimal> byCategory = queries.costsOfWorkspace(scope);
        BigDecimal revenue = queries.summary(scope).revenue();
        BigDecimal cost = sum(byCategory);
        return Roi.of(RoiCalculator.compute(cost, revenue, byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO)),
                scope.reportingCurrency(), new RoiSubject(RoiSubject.Kind.WORKSPACE, 0L, scope, cost, revenue));
    }

    /** The conversions of the period (of the given types) in the workspace, each counted once. */
    public DecimalScalar workspaceConversions(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        return conversionCount(BigDecimal.valueOf(queries.summary(scope(period, attribution, types)).conversions()));
    }

    /** The action value (per conversion type) of every conversion of the period in the workspace. */
    public Money workspaceAttributedValue(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        var scope = scope(period, attribution, types).withActionValues();
        return Money.of(queries.summary(scope).revenue(), scope.reportingCurrency());
    }

    /** Credited conversions are sums of 10-decimal credits; the API shows them to 2 decimals. */
    static DecimalScalar conversionCount(BigDecimal credits) {
        return DecimalScalar.of(credits.setScale(2, RoundingMode.HALF_EVEN));
    }

    private static List<Long> ids(List<Campaign> campaigns) {
        return campaigns.stream().map(Campaign::databaseId).distinct().toList();
    }

    private static BigDecimal sum(Map<CostCategory, BigDecimal> byCategory) {
        return byCategory.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
    }
}
