package io.socialroi.content;

import static io.socialroi.common.SqlRows.decimalOrZero;
import static io.socialroi.common.SqlRows.enumValue;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.nullableLong;
import static io.socialroi.common.SqlRows.text;
import static io.socialroi.common.SqlRows.timestamp;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.attribution.AttributionQueries;
import io.socialroi.attribution.AttributionSql;
import io.socialroi.attribution.ReportScope;
import io.socialroi.cost.CostQueries;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.reporting.ReportCache;

/**
 * The statements of the content reports: the posts of a period with their lifetime metrics, and the credits of
 * their touchpoints under the scope's attribution (attribution/AttributionSql's credit CTEs, stored or computed, as
 * every report reads them, joined to touchpoints and from them to posts). A touchpoint belongs to a post when it is on
 * the post's channel and carries the post's utm_content key. Rows are per post, never per touchpoint.
 */
@ApplicationScoped
public class ContentQueries {

    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;
    @Inject
    AttributionQueries attribution;
    @Inject
    CostQueries costs;

    /** The posts a content report reads: published in the period (none: all time), of one channel when asked. */
    private static final String POST_IN_PERIOD = "and p.published_at >= :fromTs and p.published_at < :toTs";
    private static final String POST_OF_CHANNEL = "and p.channel_id = :channelId";

    /** The touchpoints of a post {@code p}: on its channel, with its utm_content key (touchpoint_utm_content_idx). */
    static final String TOUCHPOINT_OF_POST = """
            t.workspace_id = p.workspace_id and t.channel_id = p.channel_id and t.utm_content = p.utm_content""";

    /** A post with its lifetime metrics and how many touchpoints it has. */
    public record PostRow(long id, long channelId, Long campaignId, String externalId, OffsetDateTime publishedAt,
            ContentType contentType, List<String> tags, String url, String utmContent, long impressions, long reach,
            long likes, long comments, long shares, long saves, long clicks, long videoViews, long touchpoints) {

        /** likes + comments + shares + saves, as engagement counts them (docs/content.md). */
        public long engagements() {
            return likes + comments + shares + saves;
        }

        static PostRow of(Tuple row) {
            String tags = text(row, "tags");
            return new PostRow(longValue(row, "id"), longValue(row, "channel_id"), nullableLong(row, "campaign_id"),
                    text(row, "external_id"), timestamp(row, "published_at"),
                    enumValue(row, "content_type", ContentType.class),
                    tags == null || tags.isEmpty() ? List.of() : Arrays.asList(tags.split(PostEntity.TAG_SEPARATOR)),
                    text(row, "url"), text(row, "utm_content"), longValue(row, "impressions"),
                    longValue(row, "reach"), longValue(row, "likes"), longValue(row, "comments"),
                    longValue(row, "shares"), longValue(row, "saves"), longValue(row, "clicks"),
                    longValue(row, "video_views"), longValue(row, "touchpoints"));
        }
    }

    static String posts(boolean inPeriod, boolean ofChannel) {
        return """
                select p.id, p.channel_id, p.campaign_id, p.external_id, p.published_at, p.content_type,
                  array_to_string(p.tags, chr(31)) as tags, p.url, p.utm_content, p.impressions, p.reach, p.likes,
                  p.comments, p.shares, p.saves, p.clicks, p.video_views,
                  (select count(*) from touchpoint t where %s) as touchpoints
                from post p
                where p.workspace_id = :ws %s %s
                order by p.published_at, p.id
                """.formatted(TOUCHPOINT_OF_POST, inPeriod ? POST_IN_PERIOD : "", ofChannel ? POST_OF_CHANNEL : "");
    }

    /** The posts of the scope's period (of one channel when {@code channelId} is given), oldest first. */
    public List<PostRow> posts(ReportScope scope, Long channelId) {
        Query query = em.createNativeQuery(posts(!scope.period().isAllTime(), channelId != null), Tuple.class);
        return reportCache.rows(bind(query, scope, channelId), PostRow.class, PostRow::of);
    }

    /** A post's credits: attributed revenue and conversions through its touchpoints. */
    public record PostCredits(long postId, BigDecimal revenue, BigDecimal conversions, String missingRate) {
        public static final PostCredits NONE = new PostCredits(0, BigDecimal.ZERO, BigDecimal.ZERO, null);

        static PostCredits of(Tuple row) {
            return new PostCredits(longValue(row, "post_id"), decimalOrZero(row, "revenue"),
                    decimalOrZero(row, "conversions"), text(row, "missing_rate"));
        }
    }

    static String creditsByPost(String counted, String creditCtes, boolean inPeriod, boolean ofChannel) {
        return """
                with %s, %s
                select p.id as post_id, sum(c.revenue_credit) as revenue, sum(c.count_credit) as conversions,
                  min(c.missing_rate) as missing_rate
                from credit c
                join touchpoint t on t.id = c.touchpoint_id
                join post p on %s
                where p.workspace_id = :ws %s %s
                group by p.id
                """.formatted(counted, creditCtes, TOUCHPOINT_OF_POST, inPeriod ? POST_IN_PERIOD : "",
                ofChannel ? POST_OF_CHANNEL : "");
    }

    /**
     * The credits of each post of the scope's period, under the scope's attribution: the conversions of the period
     * credited to the post's touchpoints. A missing exchange rate is an error naming the pair and the day.
     */
    public Map<Long, PostCredits> creditsByPost(ReportScope scope, Long channelId) {
        String sql = creditsByPost(AttributionSql.counted(scope), attribution.creditedCtes(scope),
                !scope.period().isAllTime(), channelId != null);
        Query query = bind(AttributionQueries.bind(em.createNativeQuery(sql, Tuple.class), scope), scope, channelId);
        List<PostCredits> rows = reportCache.rows(query, PostCredits.class, PostCredits::of);
        MissingExchangeRateException.failIfAny(rows.stream().map(PostCredits::missingRate).filter(Objects::nonNull)
                .min(Comparator.naturalOrder()).orElse(null), scope.reportingCurrency());
        Map<Long, PostCredits> result = new HashMap<>();
        rows.forEach(row -> result.put(row.postId(), row));
        return result;
    }

    /** The production cost of each given post, in the reporting currency (cost/CostQueries). */
    public Map<Long, BigDecimal> costsByPost(ReportScope scope, List<Long> postIds) {
        return postIds.isEmpty() ? Map.of() : costs.byPost(scope.workspacePeriod(), postIds);
    }

    private static Query bind(Query query, ReportScope scope, Long channelId) {
        query.setParameter("ws", scope.workspaceId());
        if (!scope.period().isAllTime()) {
            query.setParameter("fromTs", scope.period().startInstant()).setParameter("toTs", scope.period().endInstant());
        }
        if (channelId != null) {
            query.setParameter("channelId", channelId);
        }
        return query;
    }
}
