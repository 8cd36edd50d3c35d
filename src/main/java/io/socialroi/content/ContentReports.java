package io.socialroi.content;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.attribution.AttributionInput;
import io.socialroi.attribution.ReportScope;
import io.socialroi.channel.Channel;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.content.ContentQueries.PostCredits;
import io.socialroi.content.ContentQueries.PostRow;
import io.socialroi.engagement.EngagementMath;
import io.socialroi.money.Money;
import io.socialroi.money.RoiCalculator;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * The content reports (docs/content.md): contentPerformance groups the period's posts by content type, tag or post,
 * with totals, rates, attributed conversions and revenue through the posts' touchpoints, production cost and ROI,
 * and the median post beside the totals. Three statements whatever the number of posts: the posts, their credits,
 * their costs; the grouping and the medians are computed here from one row per post.
 */
@ApplicationScoped
public class ContentReports {

    static final String NO_IMPRESSIONS = "The posts had no impressions: a rate per impression is undefined.";
    static final String NO_COST = "No production cost is linked to these posts.";
    static final String NO_ENGAGEMENTS = "The posts with a production cost had no engagements: a cost per engagement"
            + " is undefined.";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    AttributionArguments attributionArguments;
    @Inject
    ContentQueries queries;

    /** A post of a report with what its touchpoints earned and what producing it cost (null: no cost linked). */
    record PostFigures(PostRow post, PostCredits credits, BigDecimal cost) {
    }

    /** The figures of every post of the period (of one channel when asked), oldest first: three statements. */
    List<PostFigures> postFigures(ReportScope scope, Long channelId) {
        List<PostRow> posts = queries.posts(scope, channelId);
        Map<Long, PostCredits> credits = queries.creditsByPost(scope, channelId);
        Map<Long, BigDecimal> costs = queries.costsByPost(scope, posts.stream().map(PostRow::id).toList());
        return posts.stream().map(p -> new PostFigures(p, credits.getOrDefault(p.id(), PostCredits.NONE),
                costs.get(p.id()))).toList();
    }

    /** The channel argument of a content report decoded, or BAD_ARGUMENT. */
    static Long channelArgument(String channelId) {
        if (channelId == null) {
            return null;
        }
        return GlobalId.decode(Channel.TYPE, channelId).orElseThrow(() -> new BadArgumentException(
                "channelId is not a Channel ID."));
    }

    public List<ContentPerformance> contentPerformance(DateRangeInput period, ContentGroupBy groupBy, String channelId,
            AttributionInput attribution, List<ConversionType> types) {
        Long channel = channelArgument(channelId);
        ReportScope scope = attributionArguments.scope(period, attribution, types);
        List<PostFigures> posts = postFigures(scope, channel);
        Map<String, Group> groups = new LinkedHashMap<>();
        for (PostFigures figures : posts) {
            PostRow post = figures.post();
            switch (groupBy) {
                case CONTENT_TYPE -> groups.computeIfAbsent(post.contentType().name(),
                        k -> new Group(post.contentType(), null, null)).add(figures);
                case POST -> groups.computeIfAbsent(String.valueOf(post.id()),
                        k -> new Group(null, null, Post.of(post))).add(figures);
                case TAG -> {
                    if (post.tags().isEmpty()) {
                        groups.computeIfAbsent("", k -> new Group(null, null, null)).add(figures);
                    }
                    for (String tag : post.tags()) {
                        // tags group whatever their case; the group shows the spelling of its oldest post
                        groups.computeIfAbsent("#" + tag.toLowerCase(Locale.ROOT), k -> new Group(null, tag, null))
                                .add(figures);
                    }
                }
            }
        }
        String currency = scope.reportingCurrency();
        List<Group> ranked = new ArrayList<>(groups.values());
        ranked.sort(Comparator.comparing(Group::revenue).reversed()
                .thenComparing(Group::engagementRate, Comparator.nullsLast(Comparator.reverseOrder()))
                .thenComparing(Group::name));
        List<ContentPerformance> result = new ArrayList<>();
        for (int i = 0; i < ranked.size(); i++) {
            result.add(ranked.get(i).performance(i + 1, currency));
        }
        return result;
    }

    /** The posts of one group and their sums. */
    static final class Group {
        final ContentType contentType;
        final String tag;
        final Post post;
        final List<PostFigures> members = new ArrayList<>();

        Group(ContentType contentType, String tag, Post post) {
            this.contentType = contentType;
            this.tag = tag;
            this.post = post;
        }

        void add(PostFigures figures) {
            members.add(figures);
        }

        /** What ties of revenue and rate are ordered by: the type, the tag (untagged last) or the post's time. */
        String name() {
            if (contentType != null) {
                return contentType.name();
            }
            if (post != null) {
                return post.publishedAt() + "|" + post.externalId();
            }
            return tag == null ? "\uffff" : tag.toLowerCase(Locale.ROOT);
        }

        long sum(Function<PostRow, Long> count) {
            return members.stream().mapToLong(m -> count.apply(m.post())).sum();
        }

        BigDecimal revenue() {
            return members.stream().map(m -> m.credits().revenue()).reduce(BigDecimal.ZERO, BigDecimal::add);
        }

        BigDecimal engagementRate() {
            return EngagementMath.percent(sum(PostRow::engagements), sum(PostRow::impressions));
        }

        ContentPerformance performance(int rank, String currency) {
            long impressions = sum(PostRow::impressions);
            long engagements = sum(PostRow::engagements);
            long clicks = sum(PostRow::clicks);
            BigDecimal rate = EngagementMath.percent(engagements, impressions);
            BigDecimal conversions = members.stream().map(m -> m.credits().conversions())
                    .reduce(BigDecimal.ZERO, BigDecimal::add);
            // cost figures over the posts that have a linked cost, so posts without one do not inflate the ROI
            List<PostFigures> costed = members.stream().filter(m -> m.cost() != null).toList();
            Money cost = null;
            Money perEngagement = null;
            BigDecimal roi = null;
            String costReason = NO_COST;
            if (!costed.isEmpty()) {
                BigDecimal costSum = costed.stream().map(PostFigures::cost).reduce(BigDecimal.ZERO, BigDecimal::add);
                BigDecimal costedRevenue = costed.stream().map(m -> m.credits().revenue())
                        .reduce(BigDecimal.ZERO, BigDecimal::add);
                long costedEngagements = costed.stream().mapToLong(m -> m.post().engagements()).sum();
                cost = Money.of(costSum, currency);
                BigDecimal perEngagementAmount = EngagementMath.costPer(costSum, costedEngagements, 1);
                perEngagement = perEngagementAmount == null ? null : Money.of(perEngagementAmount, currency);
                RoiCalculator.RoiFigures figures = RoiCalculator.compute(costSum, costedRevenue, BigDecimal.ZERO);
                roi = figures.percent();
                costReason = figures.undefinedReason() != null ? figures.undefinedReason()
                        : perEngagement == null ? NO_ENGAGEMENTS : null;
            }
            ContentMedians median = new ContentMedians(
                    DecimalScalar.of(ContentMath.median(members.stream()
                            .map(m -> BigDecimal.valueOf(m.post().impressions())).toList())),
                    DecimalScalar.of(ContentMath.median(members.stream()
                            .map(m -> BigDecimal.valueOf(m.post().engagements())).toList())),
                    DecimalScalar.of(ContentMath.shownRate(ContentMath.median(members.stream()
                            .map(m -> ContentMath.exactPercent(m.post().engagements(), m.post().impressions()))
                            .toList()))),
                    DecimalScalar.of(ContentMath.median(members.stream()
                            .map(m -> BigDecimal.valueOf(m.post().clicks())).toList())),
                    DecimalScalar.of(ContentMath.shownConversions(ContentMath.median(members.stream()
                            .map(m -> m.credits().conversions()).toList()))),
                    Money.of(ContentMath.median(members.stream().map(m -> m.credits().revenue()).toList()), currency));
            return new ContentPerformance(rank, contentType, tag, post, members.size(), impressions,
                    sum(PostRow::reach), engagements, clicks, sum(PostRow::videoViews), sum(PostRow::touchpoints),
                    DecimalScalar.of(rate), DecimalScalar.of(EngagementMath.percent(clicks, impressions)),
                    rate == null ? NO_IMPRESSIONS : null, DecimalScalar.of(ContentMath.shownConversions(conversions)), Money.of(revenue(), currency),
                    cost, perEngagement, DecimalScalar.of(roi), costReason, median);
        }
    }

    /** The fewest posts with a value a posting-time cell needs for a median: one post says nothing of an hour. */
    public static final int MINIMUM_SAMPLE = 5;
    /** The most cells postingTimes lists as best. */
    static final int BEST_CELLS = 5;

    public PostingTimes postingTimes(DateRangeInput period, String channelId, PostingTimeMetric metric,
            String timeZone, AttributionInput attribution, List<ConversionType> types) {
        ZoneId zone = zoneArgument(timeZone);
        Long channel = channelArgument(channelId);
        ReportScope scope = attributionArguments.scope(period, attribution, types);
        // the credits are read only when the metric needs them
        List<PostFigures> posts = metric == PostingTimeMetric.ATTRIBUTED_CONVERSIONS ? postFigures(scope, channel)
                : queries.posts(scope, channel).stream().map(p -> new PostFigures(p, PostCredits.NONE, null)).toList();
        Weekday[] weekdays = Weekday.values();
        List<List<PostFigures>> byCell = new ArrayList<>();
        for (int i = 0; i < weekdays.length * 24; i++) {
            byCell.add(new ArrayList<>());
        }
        for (PostFigures figures : posts) {
            // the local time of the instant: across a DST change the zone's rules give the hour the clock showed
            ZonedDateTime local = figures.post().publishedAt().atZoneSameInstant(zone);
            byCell.get((local.getDayOfWeek().getValue() - 1) * 24 + local.getHour()).add(figures);
        }
        List<PostingTimeCell> cells = new ArrayList<>();
        for (int i = 0; i < byCell.size(); i++) {
            cells.add(cell(weekdays[i / 24], i % 24, byCell.get(i), metric));
        }
        List<PostingTimeCell> best = cells.stream().filter(c -> c.median() != null)
                .sorted(Comparator.comparing((PostingTimeCell c) -> c.median().value().orElseThrow()).reversed()
                        .thenComparing(Comparator.comparingInt(PostingTimeCell::sampleSize).reversed()))
                .limit(BEST_CELLS).toList();
        return new PostingTimes(zone.getId(), metric, MINIMUM_SAMPLE, cells, best);
    }

    /** The time zone argument, an IANA name ("Europe/Oslo"), or BAD_ARGUMENT. */
    static ZoneId zoneArgument(String timeZone) {
        // region ids only: "+02:00" or "EST" would hide the DST rules a posting time needs
        if (timeZone != null && timeZone.contains("/")) {
            try {
                return ZoneId.of(timeZone.trim());
            } catch (DateTimeException e) {
                // answered below
            }
        }
        if ("UTC".equals(timeZone)) {
            return ZoneOffset.UTC;
        }
        throw new BadArgumentException("timeZone \"" + Echo.of(timeZone) + "\" is not an IANA time zone such as"
                + " Europe/Oslo or America/New_York.");
    }

    private static PostingTimeCell cell(Weekday weekday, int hour, List<PostFigures> posts, PostingTimeMetric metric) {
        List<BigDecimal> values = new ArrayList<>();
        for (PostFigures figures : posts) {
            PostRow post = figures.post();
            BigDecimal value = switch (metric) {
                case ENGAGEMENT_RATE -> ContentMath.exactPercent(post.engagements(), post.impressions());
                case CLICKS -> BigDecimal.valueOf(post.clicks());
                case ATTRIBUTED_CONVERSIONS -> figures.credits().conversions();
            };
            if (value != null) {
                values.add(value);
            }
        }
        if (values.size() < MINIMUM_SAMPLE) {
            String reason = posts.isEmpty() ? "No post was published in this hour."
                    : "Only " + values.size() + (values.size() == 1 ? " post" : " posts") + " with a value here: a"
                            + " median needs at least " + MINIMUM_SAMPLE + ".";
            return new PostingTimeCell(weekday, hour, posts.size(), values.size(), null, reason);
        }
        BigDecimal median = ContentMath.median(values);
        BigDecimal shown = switch (metric) {
            case ENGAGEMENT_RATE -> ContentMath.shownRate(median);
            case CLICKS -> median;
            case ATTRIBUTED_CONVERSIONS -> ContentMath.shownConversions(median);
        };
        return new PostingTimeCell(weekday, hour, posts.size(), values.size(), DecimalScalar.of(shown), null);
    }

    /** The workspace's post with this database id (node(id:)). */
    public Optional<Post> post(long id) {
        return PostEntity.<PostEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id()).firstResultOptional()
                .map(ContentReports::toPost);
    }

    private static Post toPost(PostEntity e) {
        return Post.of(new PostRow(e.id, e.channelId, e.campaignId, e.externalId, e.publishedAt, e.contentType,
                e.tags == null ? List.of() : List.of(e.tags), e.url, e.utmContent, e.impressions, e.reach, e.likes,
                e.comments, e.shares, e.saves, e.clicks, e.videoViews, 0));
    }
}
