package io.socialroi.delivery;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
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
import io.socialroi.metric.TimeSeriesPoint;
import io.socialroi.metric.TimeSeriesService;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Granularity;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Anomaly alerts of a day: for each AnomalyMetric and each scope (the workspace, every channel, every campaign), the
 * DAY series of timeSeries (the same service as the GraphQL field) over the day and the window before it, and the
 * band of {@link AnomalyBand}. Computed when asked for; only acknowledgements are stored.
 */
@ApplicationScoped
public class AnomalyService {

    static final String TYPE = "AnomalyAlert";

    /** An acknowledgement once: a second one of the same alert changes nothing. */
    static final String ACKNOWLEDGE = """
            insert into anomaly_acknowledgement (id, workspace_id, day, metric, scope, scope_id, created_by)
            values (nextval('anomaly_acknowledgement_id_seq'), :ws, :day, :metric, :scope, :scopeId, :by)
            on conflict (workspace_id, day, metric, scope, scope_id) do nothing""";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    TimeSeriesService timeSeries;
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

    /** The scope a series is of: the workspace (id 0), a channel or a campaign. */
    record Scope(AnomalyScope kind, long id, String name) {
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

    public List<AnomalyAlert> alerts(LocalDate day) {
        DateRangeInput window = new DateRangeInput();
        window.from = DateScalar.of(day.minusDays(config.anomaly().windowDays()));
        window.to = DateScalar.of(day);
        List<Scope> scopes = new ArrayList<>();
        scopes.add(new Scope(AnomalyScope.WORKSPACE, 0, "workspace"));
        channels.list().forEach(c -> scopes.add(new Scope(AnomalyScope.CHANNEL, ChannelService.databaseId(c), c.name())));
        campaigns.all().forEach(c -> scopes.add(new Scope(AnomalyScope.CAMPAIGN, c.databaseId(), c.getName())));
        Set<String> acknowledged = acknowledged(day);
        List<AnomalyAlert> alerts = new ArrayList<>();
        for (AnomalyMetric metric : AnomalyMetric.values()) {
            List<BigDecimal> values = new ArrayList<>();
            List<AnomalyBand> bands = new ArrayList<>();
            for (Scope scope : scopes) {
                List<TimeSeriesPoint> points = timeSeries.timeSeries(metric.series, Granularity.DAY, window,
                        scope.kind() == AnomalyScope.CAMPAIGN ? Campaign.globalId(scope.id()) : null,
                        scope.kind() == AnomalyScope.CHANNEL ? Channel.globalId(scope.id()) : null, null, null, null)
                        .points();
                List<BigDecimal> series = points.stream()
                        .map(p -> p.value() == null ? null : p.value().value().orElse(null)).toList();
                values.add(series.get(series.size() - 1));
                bands.add(AnomalyBand.of(history(series.subList(0, series.size() - 1)), config.anomaly().k(),
                        config.anomaly().minHistoryDays()).orElse(null));
            }
            for (int i = 0; i < scopes.size(); i++) {
                AnomalyBand band = bands.get(i);
                BigDecimal value = values.get(i);
                if (band == null || !band.excludes(value)) {
                    continue;
                }
                Scope scope = scopes.get(i);
                int direction = value.compareTo(band.median()) > 0 ? 1 : -1;
                String id = id(day, metric, scope);
                alerts.add(new AnomalyAlert(id, DateScalar.of(day), metric, scope.kind(), scope.name(),
                        DecimalScalar.of(value), DecimalScalar.of(band.median()), DecimalScalar.of(band.lower()),
                        DecimalScalar.of(band.upper()), direction > 0 ? "ABOVE" : "BELOW",
                        scope.kind() == AnomalyScope.WORKSPACE ? cause(scopes, values, bands, direction) : null,
                        acknowledged.contains(id)));
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

    /** The channel or campaign that moved furthest from its own median in the alert's direction. */
    private static String cause(List<Scope> scopes, List<BigDecimal> values, List<AnomalyBand> bands, int direction) {
        int best = -1;
        BigDecimal furthest = BigDecimal.ZERO;
        for (int i = 1; i < scopes.size(); i++) {
            if (bands.get(i) == null || values.get(i) == null) {
                continue;
            }
            BigDecimal move = values.get(i).subtract(bands.get(i).median()).multiply(BigDecimal.valueOf(direction));
            if (move.compareTo(furthest) > 0) {
                furthest = move;
                best = i;
            }
        }
        if (best < 0) {
            return null;
        }
        Scope scope = scopes.get(best);
        return (scope.kind() == AnomalyScope.CHANNEL ? "Channel " : "Campaign ") + scope.name() + ": "
                + values.get(best).toPlainString() + " against a median of " + bands.get(best).median().toPlainString();
    }

    /** Marks an alert acknowledged (ANALYST); a second time changes nothing. */
    @Transactional
    public String acknowledge(AcknowledgeAnomalyAlertInput input) {
        InputErrors errors = new InputErrors("input");
        String[] parts = decode(input.id);
        if (parts == null) {
            errors.add(UserErrorCode.INVALID_ID, "This is not an anomaly alert ID.", "id");
            errors.throwIfAny();
        }
        long scopeId = Long.parseLong(parts[4]);
        AnomalyScope scope = AnomalyScope.valueOf(parts[3]);
        boolean exists = switch (scope) {
            case WORKSPACE -> scopeId == 0;
            case CHANNEL -> channels.find(scopeId).isPresent();
            case CAMPAIGN -> campaigns.findEntity(scopeId).isPresent();
        };
        if (!exists) {
            errors.add(UserErrorCode.NOT_FOUND, "No anomaly alert with this ID in this workspace.", "id");
        }
        errors.throwIfAny();
        em.createNativeQuery(ACKNOWLEDGE).setParameter("ws", workspace.id()).setParameter("day", LocalDate.parse(parts[1]))
                .setParameter("metric", parts[2]).setParameter("scope", scope.name()).setParameter("scopeId", scopeId)
                .setParameter("by", workspace.subject()).executeUpdate();
        return input.id;
    }

    private Set<String> acknowledged(LocalDate day) {
        Set<String> ids = new HashSet<>();
        AnomalyAcknowledgementEntity.<AnomalyAcknowledgementEntity>list("workspaceId = ?1 and day = ?2", workspace.id(), day)
                .forEach(a -> ids.add(id(a.day, a.metric, new Scope(a.scope, a.scopeId, ""))));
        return ids;
    }

    /** The alert's ID: what it is about, readable back by {@link #decode}. */
    static String id(LocalDate day, AnomalyMetric metric, Scope scope) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((TYPE + ":" + day + ":" + metric + ":"
                + scope.kind() + ":" + scope.id()).getBytes(StandardCharsets.UTF_8));
    }

    /** [type, day, metric, scope, scopeId] of a well-formed alert ID, else null. */
    static String[] decode(String id) {
        try {
            String[] parts = new String(Base64.getUrlDecoder().decode(id == null ? "" : id), StandardCharsets.UTF_8)
                    .split(":");
            if (parts.length != 5 || !parts[0].equals(TYPE)) {
                return null;
            }
            LocalDate.parse(parts[1]);
            AnomalyMetric.valueOf(parts[2]);
            AnomalyScope.valueOf(parts[3]);
            Long.parseLong(parts[4]);
            return parts;
        } catch (RuntimeException e) {
            return null;
        }
    }

    /** The day's alerts not acknowledged yet: what an ANOMALY_ALERTS delivery sends. */
    List<AnomalyAlert> open(LocalDate day) {
        return alerts(day).stream().filter(a -> !a.acknowledged()).toList();
    }
}
