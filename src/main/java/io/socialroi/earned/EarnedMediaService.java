package io.socialroi.earned;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.tracking.MediaType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Earned media value of campaigns, channels and the whole workspace: two statements (clicks, impressions) for any
 * number of them. The {@code total…} methods are the integration API (value-based ROI): exact, unrounded totals
 * (searchValue + impressionValue) in the scope's reporting currency, computed by the same statements as the
 * GraphQL fields.
 */
@ApplicationScoped
public class EarnedMediaService {

    private static final List<MediaType> VALUED = List.of(MediaType.OWNED, MediaType.EARNED);

    @Inject
    CurrentWorkspace workspace;
    @Inject
    EarnedMediaQueries queries;

    // ---- integration API ---------------------------------------------------------------------

    /** Exact EMV (search + impressions) per campaign; every id given has an entry (zero without data). */
    public Map<Long, BigDecimal> totalByCampaign(WorkspacePeriod scope, Collection<Long> campaignIds,
            OrganicClickSource source) {
        return totals(scope, EarnedMediaQueries.Target.CAMPAIGN, campaignIds, source);
    }

    /** Exact EMV (search + impressions) per channel; every id given has an entry (zero without data). */
    public Map<Long, BigDecimal> totalByChannel(WorkspacePeriod scope, Collection<Long> channelIds,
            OrganicClickSource source) {
        return totals(scope, EarnedMediaQueries.Target.CHANNEL, channelIds, source);
    }

    /** Exact EMV (search + impressions) of the whole workspace. */
    public BigDecimal totalForWorkspace(WorkspacePeriod scope, OrganicClickSource source) {
        return totals(scope, EarnedMediaQueries.Target.WORKSPACE, List.of(EarnedMediaQueries.WORKSPACE_KEY), source)
                .get(EarnedMediaQueries.WORKSPACE_KEY);
    }

    private Map<Long, BigDecimal> totals(WorkspacePeriod scope, EarnedMediaQueries.Target target,
            Collection<Long> ids, OrganicClickSource source) {
        var clicks = queries.clicks(scope, target, ids, orDefault(source));
        var impressions = queries.impressions(scope, target, ids);
        Map<Long, BigDecimal> totals = new HashMap<>();
        for (Long id : ids) {
            BigDecimal total = BigDecimal.ZERO;
            for (var row : clicks.getOrDefault(id, List.of())) {
                total = total.add(row.value());
            }
            for (var row : impressions.getOrDefault(id, Map.of()).values()) {
                total = total.add(row.value());
            }
            totals.put(id, total);
        }
        return totals;
    }

    // ---- GraphQL fields ----------------------------------------------------------------------

    public List<EarnedMediaValue> ofCampaigns(List<Campaign> campaigns, DateRangeInput period, OrganicClickSource source) {
        List<Long> ids = campaigns.stream().map(Campaign::databaseId).toList();
        return figures(scope(period), EarnedMediaQueries.Target.CAMPAIGN, ids, source);
    }

    public List<EarnedMediaValue> ofChannels(List<Channel> channels, DateRangeInput period, OrganicClickSource source) {
        List<Long> ids = channels.stream().map(ChannelService::databaseId).toList();
        return figures(scope(period), EarnedMediaQueries.Target.CHANNEL, ids, source);
    }

    public EarnedMediaValue ofWorkspace(DateRangeInput period, OrganicClickSource source) {
        return figures(scope(period), EarnedMediaQueries.Target.WORKSPACE, List.of(EarnedMediaQueries.WORKSPACE_KEY),
                source).get(0);
    }

    /** One value per id, in the order given (ids may repeat). */
    private List<EarnedMediaValue> figures(WorkspacePeriod scope, EarnedMediaQueries.Target target,
            List<Long> ids, OrganicClickSource source) {
        List<Long> distinct = ids.stream().distinct().toList();
        var clicks = queries.clicks(scope, target, distinct, orDefault(source));
        var impressions = queries.impressions(scope, target, distinct);
        String currency = scope.reportingCurrency();
        return ids.stream().map(id -> value(clicks.getOrDefault(id, List.of()), impressions.getOrDefault(id, Map.of()),
                currency)).toList();
    }

    static EarnedMediaValue value(List<EarnedMediaQueries.KeywordRow> keywords,
            Map<MediaType, EarnedMediaQueries.MediaRow> media, String currency) {
        long clicks = 0;
        long unpriced = 0;
        BigDecimal search = BigDecimal.ZERO;
        List<EarnedMediaQueries.KeywordRow> sorted = new ArrayList<>(keywords);
        sorted.sort(Comparator.comparing(EarnedMediaQueries.KeywordRow::value).reversed()
                .thenComparing(EarnedMediaQueries.KeywordRow::keyword));
        List<KeywordEarnedValue> byKeyword = new ArrayList<>();
        for (var row : sorted) {
            clicks += row.clicks();
            unpriced += row.unpricedClicks();
            search = search.add(row.value());
            byKeyword.add(new KeywordEarnedValue(row.keyword(), row.clicks(), row.unpricedClicks(),
                    Money.of(row.value(), currency)));
        }
        long impressions = 0;
        long unvalued = 0;
        BigDecimal impressionValue = BigDecimal.ZERO;
        List<MediaTypeEarnedValue> byMediaType = new ArrayList<>();
        for (MediaType type : VALUED) {
            var row = media.getOrDefault(type, EarnedMediaQueries.MediaRow.NONE);
            impressions += row.impressions();
            unvalued += row.unvaluedImpressions();
            impressionValue = impressionValue.add(row.value());
            byMediaType.add(new MediaTypeEarnedValue(type, row.impressions(), row.unvaluedImpressions(),
                    Money.of(row.value(), currency)));
        }
        return new EarnedMediaValue(clicks, clicks - unpriced, unpriced, Money.of(search, currency), impressions,
                unvalued, Money.of(impressionValue, currency), Money.of(search.add(impressionValue), currency),
                byKeyword, byMediaType);
    }

    private WorkspacePeriod scope(DateRangeInput period) {
        return new WorkspacePeriod(workspace.id(), workspace.reportingCurrency(), Periods.of(period));
    }

    private static OrganicClickSource orDefault(OrganicClickSource source) {
        return source == null ? OrganicClickSource.RECORDED : source;
    }
}
