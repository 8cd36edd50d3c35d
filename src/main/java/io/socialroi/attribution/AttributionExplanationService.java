package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.SqlRows;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.money.Money;
import io.socialroi.tracking.Conversion;
import io.socialroi.tracking.ConversionEntity;
import io.socialroi.tracking.ConversionType;
import io.socialroi.tracking.Touchpoint;
import io.socialroi.tracking.TouchpointEntity;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Explains conversions one by one: their path and each touchpoint's credit, computed by the pure
 * {@link ConversionPath} rules, the reference the report SQL is held to. For a page of conversions it
 * loads all their touchpoints, channels, campaigns and converted revenues with one statement each.
 */
@ApplicationScoped
public class AttributionExplanationService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    EntityManager em;

    public List<List<Touchpoint>> paths(List<Conversion> conversions, int lookbackDays) {
        Loaded loaded = load(conversions, lookbackDays);
        return conversions.stream()
                .map(c -> loaded.paths.get(c.entity().id).stream().map(t -> loaded.touchpoint(t.id())).toList())
                .toList();
    }

    /**
     * @param removalEffects DATA_DRIVEN: the channels' removal effects of the chain the report is built on
     */
    public List<List<AttributionCredit>> credits(List<Conversion> conversions, AttributionSettings settings,
            Map<Long, BigDecimal> removalEffects) {
        Loaded loaded = load(conversions, settings.lookbackDays());
        Map<String, Instant[]> stages = earliestLeadAndOpportunity(conversions);
        Map<Long, BigDecimal> revenue = revenueInReportingCurrency(conversions);
        String currency = workspace.reportingCurrency();
        List<List<AttributionCredit>> result = new ArrayList<>();
        for (Conversion conversion : conversions) {
            ConversionEntity c = conversion.entity();
            List<ConversionPath.Touch> path = ConversionPath.withExplicitSource(loaded.paths.get(c.id),
                    c.occurredAt.toInstant(), c.channelId, c.campaignId);
            BigDecimal value = revenue.getOrDefault(c.id, BigDecimal.ZERO);
            Instant[] firsts = stages.getOrDefault(c.personKey, new Instant[2]);
            var context = new ConversionPath.Context(c.occurredAt.toInstant(), firsts[0], firsts[1], removalEffects);
            List<ConversionPath.Credit> revenueCredits = ConversionPath.credit(settings, path, value, context);
            List<ConversionPath.Credit> countCredits = ConversionPath.credit(settings, path, BigDecimal.ONE, context);
            List<AttributionCredit> credits = new ArrayList<>();
            for (int i = 0; i < revenueCredits.size(); i++) {
                ConversionPath.Touch touch = revenueCredits.get(i).touch();
                credits.add(new AttributionCredit(touch.id() == 0 ? null : loaded.touchpoint(touch.id()),
                        touch.channelId() == null ? null : loaded.channels.get(touch.channelId()),
                        touch.campaignId() == null ? null : loaded.campaigns.get(touch.campaignId()),
                        Money.of(revenueCredits.get(i).value(), currency),
                        DecimalScalar.of(countCredits.get(i).value().setScale(ConversionPath.CREDIT_SCALE, RoundingMode.HALF_EVEN)
                                .stripTrailingZeros())));
            }
            result.add(credits);
        }
        return result;
    }

    /** Per person of the page: the earliest LEAD and OPPORTUNITY, over all time (docs/attribution.md milestones). */
    private Map<String, Instant[]> earliestLeadAndOpportunity(List<Conversion> conversions) {
        Map<String, Instant[]> result = new HashMap<>();
        Set<String> persons = new HashSet<>();
        conversions.forEach(c -> persons.add(c.entity().personKey));
        if (persons.isEmpty()) {
            return result;
        }
        em.createQuery(FIRST_MILESTONES, FirstMilestone.class)
                .setParameter("ws", workspace.id()).setParameter("persons", persons)
                .setParameter("types", List.of(ConversionType.LEAD, ConversionType.OPPORTUNITY))
                .getResultList().forEach(row -> result.computeIfAbsent(row.personKey(), k -> new Instant[2])
                        [row.type() == ConversionType.LEAD ? 0 : 1] = row.first().toInstant());
        return result;
    }

    /** A person's first conversion of a type (HQL, instantiated through the constructor). */
    record FirstMilestone(String personKey, ConversionType type, OffsetDateTime first) {
    }

    static final String FIRST_MILESTONES = """
            select c.personKey, c.type, min(c.occurredAt)
            from ConversionEntity c
            where c.workspaceId = :ws and c.personKey in :persons and c.type in :types
            group by c.personKey, c.type""";

    private record Loaded(Map<Long, List<ConversionPath.Touch>> paths, Map<Long, TouchpointEntity> touchpoints,
            Map<Long, Channel> channels, Map<Long, Campaign> campaigns) {

        Touchpoint touchpoint(long id) {
            TouchpointEntity t = touchpoints.get(id);
            return Touchpoint.of(t, channels.get(t.channelId), t.campaignId == null ? null : campaigns.get(t.campaignId));
        }
    }

    private Loaded load(List<Conversion> conversions, int lookbackDays) {
        if (lookbackDays < 1 || lookbackDays > 365) {
            throw new BadArgumentException("lookbackDays must be between 1 and 365 (got " + lookbackDays + ").");
        }
        Map<Long, List<ConversionPath.Touch>> paths = new HashMap<>();
        Map<Long, TouchpointEntity> touchpoints = new HashMap<>();
        Set<Long> channelIds = new HashSet<>();
        Set<Long> campaignIds = new HashSet<>();
        if (!conversions.isEmpty()) {
            Set<String> persons = new HashSet<>();
            OffsetDateTime earliest = null;
            OffsetDateTime latest = null;
            for (Conversion conversion : conversions) {
                ConversionEntity c = conversion.entity();
                persons.add(c.personKey);
                OffsetDateTime start = c.occurredAt.minus(Duration.ofDays(lookbackDays));
                earliest = earliest == null || start.isBefore(earliest) ? start : earliest;
                latest = latest == null || c.occurredAt.isAfter(latest) ? c.occurredAt : latest;
                if (c.channelId != null) {
                    channelIds.add(c.channelId);
                }
                if (c.campaignId != null) {
                    campaignIds.add(c.campaignId);
                }
            }
            List<TouchpointEntity> candidates = TouchpointEntity.list(
                    "workspaceId = ?1 and personKey in ?2 and occurredAt >= ?3 and occurredAt <= ?4",
                    workspace.id(), persons, earliest, latest);
            Map<String, List<ConversionPath.Touch>> byPerson = new HashMap<>();
            for (TouchpointEntity t : candidates) {
                touchpoints.put(t.id, t);
                byPerson.computeIfAbsent(t.personKey, k -> new ArrayList<>())
                        .add(new ConversionPath.Touch(t.id, t.occurredAt.toInstant(), t.channelId, t.campaignId));
            }
            for (Conversion conversion : conversions) {
                ConversionEntity c = conversion.entity();
                List<ConversionPath.Touch> path = ConversionPath.of(c.occurredAt.toInstant(), lookbackDays,
                        byPerson.getOrDefault(c.personKey, List.of()));
                paths.put(c.id, path);
                path.forEach(t -> {
                    channelIds.add(t.channelId());
                    if (t.campaignId() != null) {
                        campaignIds.add(t.campaignId());
                    }
                });
            }
        }
        return new Loaded(paths, touchpoints, channels.findByIds(channelIds), campaigns.findByIds(campaignIds));
    }

    private Map<Long, BigDecimal> revenueInReportingCurrency(List<Conversion> conversions) {
        Map<Long, BigDecimal> result = new HashMap<>();
        List<Long> ids = conversions.stream().filter(c -> c.entity().revenueAmount != null).map(c -> c.entity().id).toList();
        if (ids.isEmpty()) {
            return result;
        }
        String currency = workspace.reportingCurrency();
        for (Tuple tuple : SqlRows.tuples(em.createNativeQuery(CONVERTED_REVENUES, Tuple.class)
                .setParameter("ws", workspace.id()).setParameter("rc", currency).setParameter("ids", ids))) {
            ConvertedRevenue row = ConvertedRevenue.of(tuple);
            if (row.converted() == null) {
                throw new MissingExchangeRateException(row.currency(), currency, row.onDate());
            }
            result.put(row.id(), row.converted());
        }
        return result;
    }

    /** Conversions' revenues converted at the rate in force on their UTC day (null: no rate). */
    static final String CONVERTED_REVENUES = """
            select id, revenue_currency, (occurred_at at time zone 'UTC')::date as on_date,
              fx_convert(workspace_id, revenue_amount, revenue_currency, :rc, (occurred_at at time zone 'UTC')::date)
                as converted
            from conversion
            where workspace_id = :ws and id in (:ids)""";

    private record ConvertedRevenue(long id, String currency, java.time.LocalDate onDate, BigDecimal converted) {
        static ConvertedRevenue of(Tuple row) {
            return new ConvertedRevenue(SqlRows.longValue(row, "id"), SqlRows.text(row, "revenue_currency"),
                    SqlRows.date(row, "on_date"), SqlRows.decimal(row, "converted"));
        }
    }
}
