package io.socialroi.paths;

import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.attribution.AttributionModel;
import io.socialroi.attribution.AttributionSettings;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.ReportScope;
import io.socialroi.common.SqlRows;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.Period;
import io.socialroi.tracking.ConversionType;

/**
 * The conversion-paths statement: every counted conversion's channel path built by window functions over
 * the touchpoint table, grouped by path, ordered and paged in PostgreSQL. One statement per page; the
 * total and the first missing exchange rate come with it, even for a page past the end.
 */
@ApplicationScoped
public class ConversionPathQueries {

    @Inject
    EntityManager em;

    public record Scope(long workspaceId, String reportingCurrency, Period period, int lookbackDays,
            List<ConversionType> conversionTypes) {
    }

    /**
     * One path. {@code channelIds} in path order (repeats collapsed); {@code touches} summed before
     * collapsing; {@code seconds} summed over the {@code timed} conversions that have a first touch.
     */
    public record PathFigures(List<Long> channelIds, long conversions, BigDecimal revenue, long touches,
            BigDecimal seconds, long timed) {
    }

    public record Page(long totalCount, List<PathFigures> paths) {
    }

    /**
     * The page of paths: per path (channel ids, comma-separated, repeats collapsed) its conversions, revenue,
     * touches, seconds from first touch and timed conversions, ordered by conversions, revenue, the path's channel
     * names; every row also carries the total number of paths and missing, the first "currency|date" without a
     * rate. A page past the end is one row with total and missing only (the left join finds no path).
     */
    static String paths(String counted, String inWindow) {
        return """
                with %s,
                per_conversion as (
                  select k.id, k.revenue, k.has_revenue, k.revenue_currency, k.on_date,
                    case when p.touches > 0 then p.channels when k.channel_id is not null then array[k.channel_id]
                      else '{}'::bigint[] end as channels,
                    case when p.touches > 0 then p.touches when k.channel_id is not null then 1 else 0 end as touches,
                    case when p.touches > 0 then extract(epoch from k.occurred_at) - extract(epoch from p.first_at)
                      when k.channel_id is not null then 0 end as seconds
                  from counted k
                  cross join lateral (
                    select count(*) as touches, min(x.occurred_at) as first_at,
                      array_agg(x.channel_id order by x.occurred_at, x.id)
                        filter (where x.previous is distinct from x.channel_id) as channels
                    from (
                      select t.channel_id, t.occurred_at, t.id,
                        lag(t.channel_id) over (order by t.occurred_at, t.id) as previous
                      from touchpoint t
                      where %s) x) p),
                grouped as (
                  select channels, count(*) as conversions, coalesce(sum(revenue), 0) as revenue,
                    sum(touches) as touches, sum(seconds) as seconds, count(seconds) as timed,
                    min(case when has_revenue and revenue is null then revenue_currency || '|' || on_date end) as missing,
                    (select coalesce(string_agg(ch.name, ' > ' order by u.ord), '')
                      from unnest(channels) with ordinality u(id, ord)
                      join channel ch on ch.id = u.id and ch.workspace_id = :ws) as path_text
                  from per_conversion
                  group by channels)
                select s.total, s.missing, g.ids, g.conversions, g.revenue, g.touches, g.seconds, g.timed
                from (select count(*) as total, min(missing) as missing from grouped) s
                left join lateral (
                  select array_to_string(channels, ',') as ids, conversions, revenue, touches, seconds, timed, path_text
                  from grouped
                  order by conversions desc, revenue desc, path_text collate "C", array_to_string(channels, ',')
                  offset :offset limit :limit) g on true
                order by g.conversions desc, g.revenue desc, g.path_text collate "C", g.ids
                """.formatted(counted, inWindow);
    }

    /** A row of the page: the totals, and a path unless the page is past the end (conversions null). */
    private record PathRow(long total, String missing, PathFigures path) {
        static PathRow of(Tuple row) {
            Long conversions = nullableLong(row, "conversions");
            PathFigures path = null;
            if (conversions != null) {
                String ids = text(row, "ids");
                List<Long> channelIds = ids.isEmpty() ? List.of()
                        : Arrays.stream(ids.split(",")).map(Long::valueOf).toList();
                path = new PathFigures(channelIds, conversions, decimal(row, "revenue"), longValue(row, "touches"),
                        decimal(row, "seconds"), longValue(row, "timed"));
            }
            return new PathRow(longValue(row, "total"), text(row, "missing"), path);
        }
    }

    public Page page(Scope scope, long offset, int limit) {
        var reportScope = new ReportScope(scope.workspaceId(), scope.reportingCurrency(), scope.period(),
                new AttributionSettings(AttributionModel.LAST_TOUCH, scope.lookbackDays()), scope.conversionTypes());
        Query query = em.createNativeQuery(paths(AttributionSql.counted(reportScope), inWindow()), Tuple.class)
                .setParameter("ws", scope.workspaceId()).setParameter("rc", scope.reportingCurrency())
                .setParameter("lookback", scope.lookbackDays())
                .setParameter("offset", offset).setParameter("limit", limit);
        if (!scope.period().isAllTime()) {
            query.setParameter("fromTs", scope.period().startInstant())
                    .setParameter("toTs", scope.period().endInstant());
        }
        if (scope.conversionTypes() != null && !scope.conversionTypes().isEmpty()) {
            query.setParameter("types", scope.conversionTypes().stream().map(Enum::name).toList());
        }
        List<PathRow> rows = SqlRows.tuples(query).stream().map(PathRow::of).toList();
        PathRow first = rows.get(0);
        MissingExchangeRateException.failIfAny(first.missing(), scope.reportingCurrency());
        List<PathFigures> paths = rows.stream().map(PathRow::path).filter(Objects::nonNull).toList();
        return new Page(first.total(), paths);
    }

    /** The path of counted conversion {@code k} (docs/attribution.md). */
    private static String inWindow() {
        return AttributionSql.inWindow("k", "t");
    }
}
