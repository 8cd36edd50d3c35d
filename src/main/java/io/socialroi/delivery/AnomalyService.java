package io.socialroi.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import io.socialroi.campaign.Campaign;
import io.socialroi.campaign.CampaignService;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateInputs;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TimeZones;
import io.socialroi.common.UserErrorCode;
import io.socialroi.metric.DailyLeaf;
import io.socialroi.metric.DailyLeaves;
import io.socialroi.metric.DailyTotals;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Anomaly alerts of a day: for each AnomalyMetric and each scope (the workspace, every channel, every campaign), the
 * daily series timeSeries(DAY) shows, over the day and the window before it ({@link DailyLeaves}: every scope at
 * once), the band of {@link AnomalyBand}, and the likely cause of {@link AnomalyCauses}. Computed when asked for;
 * only acknowledgements are stored.
 */
@ApplicationScoped
public class AnomalyService {

    static final String TYPE = "AnomalyAlert";

    /** Days one check covers at most (an ANOMALY_ALERTS report over a longer period lists its last ones). */
    static final int MAX_DAYS = 366;

    /** An acknowledgement once: a second one of the same alert changes nothing. */
    static final String ACKNOWLEDGE = """
            insert into anomaly_acknowledgement (id, workspace_id, day, metric, scope, scope_id, created_by)
            values (nextval('anomaly_acknowledgement_id_seq'), :ws, :day, :metric, :scope, :scopeId, :by)
            on conflict (workspace_id, day, metric, scope, scope_id) do nothing""";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    DailyLeaves leaves;
    @Inject
    ChannelService channels;
    @Inject
    CampaignService campaigns;
    @Inject
    DeliveryConfig config;
    @Inject
    Clock clock;
    @Inject
    EntityManager em;

    /** The scope a series is of: the workspace (id 0), a channel or a campaign, and what it splits into. */
    record Scope(AnomalyScope kind, long id, String name) {

        /** The level the likely cause is looked for, then (the workspace) the level within that part. */
        List<DailyLeaf.Part> parts(AnomalyMetric metric) {
            boolean rate = metric == AnomalyMetric.ENGAGEMENT_RATE;
            return switch (kind) {
                case WORKSPACE -> List.of(DailyLeaf.Part.CHANNEL, rate ? DailyLeaf.Part.MEDIA_TYPE : DailyLeaf.Part.CAMPAIGN);
                case CHANNEL -> List.of(rate ? DailyLeaf.Part.MEDIA_TYPE : DailyLeaf.Part.CAMPAIGN);
                case CAMPAIGN -> List.of(rate ? DailyLeaf.Part.MEDIA_TYPE : DailyLeaf.Part.CHANNEL);
            };
        }
    }

    /** The last complete day in the workspace's zone: yesterday. */
    public LocalDate yesterday() {
        return LocalDate.ofInstant(clock.instant(), TimeZones.of(workspace.entity().timeZone)).minusDays(1);
    }

    /** Yesterday's alerts (day null) or the day's, workspace first, then channels and campaigns by name. */
    public List<AnomalyAlert> alerts(DateScalar day) {
        return alerts(day == null ? yesterday() : day.value()
                .orElseThrow(() -> new BadArgumentException("day " + DateInputs.notADate(day))));
    }

    /** The day's alerts. */
    public List<AnomalyAlert> alerts(LocalDate day) {
        return alerts(day, day);
    }

    /**
     * The alerts of the days first..last (at most {@link #MAX_DAYS}, the last ones), by day, from three grouped
     * statements over those days and the window before them ({@link DailyLeaves}), not a series per scope, metric
     * and day: the leaves are added up per scope and day in one pass, and each day's band reads the sums before it.
     */
    public List<AnomalyAlert> alerts(LocalDate first, LocalDate last) {
        if (first.isBefore(last.minusDays(MAX_DAYS - 1))) {
            first = last.minusDays(MAX_DAYS - 1);
        }
        int window = config.anomaly().windowDays();
        LocalDate from = first.minusDays(window);
        int span = (int) ChronoUnit.DAYS.between(from, last) + 1;
        Map<Long, String> channelNames = new HashMap<>();
        Map<Long, String> campaignNames = new HashMap<>();
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(AnomalyScope.WORKSPACE, 0, "workspace"));
        channels.list().forEach(c -> {
            channelNames.put(ChannelService.databaseId(c), c.name());
            scopes.add(new Scope(AnomalyScope.CHANNEL, ChannelService.databaseId(c), c.name()));
        });
        campaigns.all().forEach(c -> {
            campaignNames.put(c.databaseId(), c.getName());
            scopes.add(new Scope(AnomalyScope.CAMPAIGN, c.databaseId(), c.getName()));
        });
        DailyLeaves.Leaves read = leaves.of(from, last);
        String currency = read.currency();

        // each scope's sums per day, in one pass over the leaves
        Map<AnomalyScope, Map<Long, Integer>> index = new EnumMap<>(AnomalyScope.class);
        for (int i = 0; i < scopes.size(); i++) {
            index.computeIfAbsent(scopes.get(i).kind(), k -> new HashMap<>()).put(scopes.get(i).id(), i);
        }
        DailyTotals[][] totals = new DailyTotals[scopes.size()][span];
        for (DailyTotals[] row : totals) {
            Arrays.fill(row, DailyTotals.NONE);
        }
        Map<Integer, List<DailyLeaf>> leavesOf = new HashMap<>();
        for (DailyLeaf leaf : read.leaves()) {
            int d = (int) ChronoUnit.DAYS.between(from, leaf.day());
            List<Integer> counted = new ArrayList<>(3);
            if (leaf.counts(null, null)) {
                counted.add(0);
            }
            if (leaf.channelId() != null && leaf.counts(null, leaf.channelId())) {
                Integer i = index.getOrDefault(AnomalyScope.CHANNEL, Map.of()).get(leaf.channelId());
                if (i != null) {
                    counted.add(i);
                }
            }
            if (leaf.campaignId() != null && leaf.counts(leaf.campaignId(), null)) {
                Integer i = index.getOrDefault(AnomalyScope.CAMPAIGN, Map.of()).get(leaf.campaignId());
                if (i != null) {
                    counted.add(i);
                }
            }
            for (int i : counted) {
                totals[i][d] = totals[i][d].plus(leaf);
                leavesOf.computeIfAbsent(i, k -> new ArrayList<>()).add(leaf);
            }
        }

        // every scope's series of every metric over the whole span, shown as timeSeries shows it
        Map<AnomalyMetric, List<List<BigDecimal>>> series = new EnumMap<>(AnomalyMetric.class);
        for (AnomalyMetric metric : AnomalyMetric.values()) {
            List<List<BigDecimal>> ofScopes = new ArrayList<>(scopes.size());
            for (DailyTotals[] row : totals) {
                List<BigDecimal> values = new ArrayList<>(span);
                for (DailyTotals sums : row) {
                    values.add(sums.shown(metric.series, currency));
                }
                ofScopes.add(values);
            }
            series.put(metric, ofScopes);
        }

        Set<String> acknowledged = acknowledged(first, last);
        List<AnomalyAlert> alerts = new ArrayList<>();
        for (int d = window; d < span; d++) {
            LocalDate day = from.plusDays(d);
            for (AnomalyMetric metric : AnomalyMetric.values()) {
                for (int i = 0; i < scopes.size(); i++) {
                    List<BigDecimal> values = series.get(metric).get(i);
                    BigDecimal value = values.get(d);
                    List<BigDecimal> history = history(values.subList(d - window, d));
                    AnomalyBand band = AnomalyBand.of(history, config.anomaly().k(), config.anomaly().minHistoryDays())
                            .orElse(null);
                    if (band == null || !band.excludes(value)) {
                        continue;
                    }
                    Scope scope = scopes.get(i);
                    int direction = value.compareTo(band.median()) > 0 ? 1 : -1;
                    BigDecimal deviation = value.subtract(band.median());
                    List<AnomalyCause> causes = causes(metric, scope, leavesOf.getOrDefault(i, List.of()), day,
                            day.minusDays(history.size()), totals[i][d], band.median(), direction, currency,
                            channelNames, campaignNames);
                    String id = id(day, metric, scope);
                    alerts.add(new AnomalyAlert(id, DateScalar.of(day), metric, scope.kind(), scope.name(),
                            DecimalScalar.of(value), DecimalScalar.of(band.median()), DecimalScalar.of(band.lower()),
                            DecimalScalar.of(band.upper()), direction > 0 ? "ABOVE" : "BELOW",
                            DecimalScalar.of(deviation), likelyCause(causes, deviation), causes,
                            acknowledged.contains(id)));
                }
            }
        }
        return alerts;
    }

    /**
     * The window without its leading days of nothing (null or 0): before a scope's first figure the metric did not
     * exist yet, and counting those days as history would flag the first ordinary day of a new campaign.
     */
    static List<BigDecimal> history(List<BigDecimal> window) {
        int first = 0;
        while (first < window.size() && (window.get(first) == null || window.get(first).signum() == 0)) {
            first++;
        }
        return window.subList(first, window.size());
    }

    /** The part contributing most at each of the scope's levels, each level within the part found before it. */
    private static List<AnomalyCause> causes(AnomalyMetric metric, Scope scope, List<DailyLeaf> leaves, LocalDate day,
            LocalDate historyFrom, DailyTotals dayTotals, BigDecimal median, int direction, String currency,
            Map<Long, String> channelNames, Map<Long, String> campaignNames) {
        List<AnomalyCause> causes = new ArrayList<>();
        List<DailyLeaf> within = leaves;
        for (DailyLeaf.Part part : scope.parts(metric)) {
            var largest = AnomalyCauses.largest(metric.series, within, part, day, historyFrom, dayTotals, median,
                    direction, currency);
            if (largest.isEmpty()) {
                break;
            }
            Object key = largest.get().key();
            causes.add(new AnomalyCause(AnomalyCauseDimension.valueOf(part.name()), globalId(part, key),
                    name(part, key, channelNames, campaignNames), DecimalScalar.of(largest.get().amount())));
            within = within.stream().filter(l -> Objects.equals(l.key(part), key)).toList();
        }
        return causes;
    }

    private static String globalId(DailyLeaf.Part part, Object key) {
        return switch (part) {
            case CHANNEL -> key == null ? null : Channel.globalId((Long) key);
            case CAMPAIGN -> key == null ? null : Campaign.globalId((Long) key);
            case MEDIA_TYPE -> null;
        };
    }

    private static String name(DailyLeaf.Part part, Object key, Map<Long, String> channelNames,
            Map<Long, String> campaignNames) {
        return switch (part) {
            case CHANNEL -> key == null ? "(no channel)" : channelNames.getOrDefault((Long) key, "(deleted channel)");
            case CAMPAIGN -> key == null ? "(no campaign)" : campaignNames.getOrDefault((Long) key, "(deleted campaign)");
            case MEDIA_TYPE -> key == null ? "(no media type)" : key.toString();
        };
    }

    /** "Channel Instagram: +200.00 of the day's +200.00 from the median, of which campaign Launch: +200.00". */
    static String likelyCause(List<AnomalyCause> causes, BigDecimal deviation) {
        if (causes.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < causes.size(); i++) {
            AnomalyCause cause = causes.get(i);
            String what = label(cause.dimension()) + " " + cause.name() + ": "
                    + signed(cause.contribution().value().orElseThrow());
            text.append(i == 0 ? Character.toUpperCase(what.charAt(0)) + what.substring(1)
                    + " of the day's " + signed(deviation) + " from the median" : ", of which " + what);
        }
        return text.toString();
    }

    private static String label(AnomalyCauseDimension dimension) {
        return switch (dimension) {
            case CHANNEL -> "channel";
            case CAMPAIGN -> "campaign";
            case MEDIA_TYPE -> "media type";
        };
    }

    private static String signed(BigDecimal amount) {
        return (amount.signum() > 0 ? "+" : "") + amount.toPlainString();
    }

    /** Marks an alert acknowledged (ANALYST); a second time changes nothing. */
    @Transactional
    public String acknowledge(AcknowledgeAnomalyAlertInput input) {
        InputErrors errors = new InputErrors("input");
        AlertKey key = decode(input.id).orElse(null);
        if (key == null) {
            errors.add(UserErrorCode.INVALID_ID, "This is not an anomaly alert ID.", "id");
            errors.throwIfAny();
        }
        boolean exists = switch (key.scope()) {
            case WORKSPACE -> key.scopeId() == 0;
            case CHANNEL -> channels.find(key.scopeId()).isPresent();
            case CAMPAIGN -> campaigns.findEntity(key.scopeId()).isPresent();
        };
        if (!exists) {
            errors.add(UserErrorCode.NOT_FOUND, "No anomaly alert with this ID in this workspace.", "id");
        }
        errors.throwIfAny();
        em.createNativeQuery(ACKNOWLEDGE).setParameter("ws", workspace.id()).setParameter("day", key.day())
                .setParameter("metric", key.metric().name()).setParameter("scope", key.scope().name())
                .setParameter("scopeId", key.scopeId()).setParameter("by", workspace.subject()).executeUpdate();
        return input.id;
    }

    private Set<String> acknowledged(LocalDate first, LocalDate last) {
        Set<String> ids = new HashSet<>();
        AnomalyAcknowledgementEntity.<AnomalyAcknowledgementEntity>list("workspaceId = ?1 and day between ?2 and ?3",
                        workspace.id(), first, last)
                .forEach(a -> ids.add(id(a.day, a.metric, new Scope(a.scope, a.scopeId, ""))));
        return ids;
    }

    /** The alert's ID: what it is about, readable back by {@link #decode}. */
    static String id(LocalDate day, AnomalyMetric metric, Scope scope) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TYPE + ":" + day + ":" + metric + ":"
                + scope.kind() + ":" + scope.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** What an alert ID names: the day, the metric and the scope (its channel's or campaign's id; 0: workspace). */
    record AlertKey(LocalDate day, AnomalyMetric metric, AnomalyScope scope, long scopeId) {
    }

    /** The key of a well-formed alert ID, else empty. */
    static Optional<AlertKey> decode(String id) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(id == null ? "" : id), StandardCharsets.UTF_8)
                    .split(":");
            if (parts.length != 5 || !parts[0].equals(TYPE)) {
                return Optional.empty();
            }
            return Optional.of(new AlertKey(LocalDate.parse(parts[1]), AnomalyMetric.valueOf(parts[2]),
                    AnomalyScope.valueOf(parts[3]), Long.parseLong(parts[4])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }

    /** The alerts of the days first..last not acknowledged yet: what an ANOMALY_ALERTS report lists. */
    List<AnomalyAlert> open(LocalDate first, LocalDate last) {
        return alerts(first, last).stream().filter(a -> !a.acknowledged()).toList();
    }
}
