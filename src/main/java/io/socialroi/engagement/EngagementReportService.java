package io.socialroi.engagement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DecimalScalar;
import io.socialroi.cost.CostCategory;
import io.socialroi.cost.CostQueries;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.tracking.MediaType;
import io.socialroi.workspace.CurrentWorkspace;

/** Engagement figures of campaigns and channels: two statements for any number of them (sums, ad spend). */
@ApplicationScoped
public class EngagementReportService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    EngagementQueries engagement;
    @Inject
    CostQueries costs;

    public List<Engagement> ofCampaigns(List<Campaign> campaigns, DateRangeInput periodInput) {
        var scope = scope(periodInput);
        List<Long> ids = campaigns.stream().map(Campaign::databaseId).distinct().toList();
        var counts = engagement.byCampaign(scope.workspaceId(), ids, scope.period());
        var values = engagement.valueByCampaign(scope.workspaceId(), scope.reportingCurrency(), ids, scope.period());
        var costs = this.costs.byCampaign(scope, ids);
        return campaigns.stream().map(c -> figures(counts.get(c.databaseId()), values.get(c.databaseId()),
                adSpend(costs.get(c.databaseId())), scope.reportingCurrency())).toList();
    }

    public List<Engagement> ofChannels(List<Channel> channels, DateRangeInput periodInput) {
        var scope = scope(periodInput);
        List<Long> ids = channels.stream().map(ChannelService::databaseId).distinct().toList();
        var counts = engagement.byChannel(scope.workspaceId(), ids, scope.period());
        var values = engagement.valueByChannel(scope.workspaceId(), scope.reportingCurrency(), ids, scope.period());
        var costs = this.costs.byChannel(scope);
        return channels.stream().map(c -> {
            long id = ChannelService.databaseId(c);
            return figures(counts.get(id), values.get(id), adSpend(costs.get(id)), scope.reportingCurrency());
        }).toList();
    }

    private WorkspacePeriod scope(DateRangeInput period) {
        return new WorkspacePeriod(workspace.id(), workspace.reportingCurrency(), Periods.of(period));
    }

    private static BigDecimal adSpend(Map<CostCategory, BigDecimal> byCategory) {
        return byCategory == null ? BigDecimal.ZERO : byCategory.getOrDefault(CostCategory.AD_SPEND, BigDecimal.ZERO);
    }

    /** The total and one row per media type; cost ratios from the PAID figures. */
    static Engagement figures(Map<MediaType, EngagementQueries.Counts> byMedia, Map<MediaType, BigDecimal> valueByMedia,
            BigDecimal adSpend, String currency) {
        Map<MediaType, EngagementQueries.Counts> counts = byMedia == null ? Collections.emptyMap() : byMedia;
        Map<MediaType, BigDecimal> values = valueByMedia == null ? Collections.emptyMap() : valueByMedia;
        BigDecimal totalValue = values.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        EngagementQueries.Counts paid = counts.getOrDefault(MediaType.PAID, EngagementQueries.Counts.NONE);
        EngagementQueries.Counts total = EngagementQueries.Counts.NONE;
        List<Engagement> rows = new ArrayList<>();
        for (MediaType type : MediaType.values()) {
            EngagementQueries.Counts c = counts.getOrDefault(type, EngagementQueries.Counts.NONE);
            total = total.plus(c);
            rows.add(figures(type, c, values.getOrDefault(type, BigDecimal.ZERO), type == MediaType.PAID ? adSpend : null,
                    paid, currency, List.of()));
        }
        return figures(null, total, totalValue, adSpend, paid, currency, rows);
    }

    private static Engagement figures(MediaType type, EngagementQueries.Counts c, BigDecimal value, BigDecimal adSpend,
            EngagementQueries.Counts paid, String currency, List<Engagement> byMediaType) {
        long engagements = c.likes() + c.comments() + c.shares() + c.saves();
        long paidEngagements = paid.likes() + paid.comments() + paid.shares() + paid.saves();
        long net = c.followersGained() - c.followersLost();
        BigDecimal growth = c.followersAtStart() == null ? null : EngagementMath.percent(net, c.followersAtStart());
        return new Engagement(type, c.impressions(), c.reach(), c.likes(), c.comments(), c.shares(), c.saves(),
                engagements, c.clicks(), c.videoViews(), c.followersGained(), c.followersLost(), net,
                DecimalScalar.of(EngagementMath.percent(engagements, c.impressions())),
                DecimalScalar.of(EngagementMath.percent(c.clicks(), c.impressions())),
                c.impressions() == 0 ? EngagementMath.NO_IMPRESSIONS : null,
                DecimalScalar.of(growth),
                adSpend == null ? null : Money.of(adSpend, currency),
                money(adSpend == null ? null : EngagementMath.costPer(adSpend, paid.clicks(), 1), currency),
                money(adSpend == null ? null : EngagementMath.costPer(adSpend, paid.impressions(), 1000), currency),
                money(adSpend == null ? null : EngagementMath.costPer(adSpend, paidEngagements, 1), currency),
                Money.of(value, currency), byMediaType);
    }

    private static Money money(BigDecimal amount, String currency) {
        return amount == null ? null : Money.of(amount, currency);
    }
}
