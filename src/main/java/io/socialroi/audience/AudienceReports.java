package io.socialroi.audience;

import static io.socialroi.common.SqlRows.date;
import static io.socialroi.common.SqlRows.decimal;
import static io.socialroi.common.SqlRows.enumValue;
import static io.socialroi.common.SqlRows.longValue;
import static io.socialroi.common.SqlRows.text;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.persistence.Tuple;

import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DateInputs;
import io.socialroi.common.DateScalar;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.GlobalId;
import io.socialroi.reporting.ReportCache;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * audienceComparison: per channel and dimension the latest snapshot on or before the date (a platform exports its
 * audience now and then, not every day), side by side, the segments whose shares differ most first.
 */
@ApplicationScoped
public class AudienceReports {

    /** The most channels one comparison puts side by side. */
    public static final int MAX_CHANNELS = 10;

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ChannelService channels;
    @Inject
    EntityManager em;
    @Inject
    ReportCache reportCache;

    /** A recorded share of the latest snapshot of its channel and dimension. */
    record ShareRow(long channelId, AudienceDimension dimension, LocalDate day, String segment, BigDecimal share) {
        static ShareRow of(Tuple row) {
            return new ShareRow(longValue(row, "channel_id"), enumValue(row, "dimension", AudienceDimension.class),
                    date(row, "day"), text(row, "segment"), decimal(row, "share"));
        }
    }

    static final String LATEST_SHARES = """
            with latest as (
              select channel_id, dimension, max(day) as day
              from audience_share
              where workspace_id = :ws and channel_id in (:channels) and day <= :date
              group by channel_id, dimension)
            select s.channel_id, s.dimension, s.day, s.segment, s.share
            from audience_share s
            join latest l on l.channel_id = s.channel_id and l.dimension = s.dimension and l.day = s.day
            where s.workspace_id = :ws
            order by s.dimension, s.segment, s.channel_id""";

    public AudienceComparison compare(List<String> channelIds, DateScalar date) {
        LocalDate day = date == null ? null : date.value().orElse(null);
        if (day == null) {
            throw new BadArgumentException("date " + DateInputs.notADate(date));
        }
        List<Long> ids = channelIds(channelIds);
        Query query = em.createNativeQuery(LATEST_SHARES, Tuple.class).setParameter("ws", workspace.id())
                .setParameter("channels", ids).setParameter("date", day);
        List<ShareRow> rows = reportCache.rows(query, ShareRow.class, ShareRow::of);
        return new AudienceComparison(DateScalar.of(day), differences(ids, rows));
    }

    /** The channel IDs decoded, distinct, of this workspace, 1 to {@link #MAX_CHANNELS}; or BAD_ARGUMENT. */
    private List<Long> channelIds(List<String> channelIds) {
        if (channelIds == null || channelIds.isEmpty() || channelIds.size() > MAX_CHANNELS) {
            throw new BadArgumentException("channelIds names 1 to " + MAX_CHANNELS + " channels.");
        }
        Set<Long> ids = new LinkedHashSet<>();
        for (int i = 0; i < channelIds.size(); i++) {
            String id = channelIds.get(i);
            long decoded = GlobalId.decode(Channel.TYPE, id).orElseThrow(() -> new BadArgumentException(
                    "channelIds: \"" + Echo.of(id) + "\" is not a Channel ID."));
            if (!ids.add(decoded)) {
                throw new BadArgumentException("channelIds names channel \"" + Echo.of(id) + "\" twice.");
            }
        }
        Set<Long> known = channels.findByIds(ids).keySet();
        for (String id : channelIds) {
            if (!known.contains(GlobalId.decode(Channel.TYPE, id).orElseThrow())) {
                throw new BadArgumentException(GlobalId.notFound(Channel.TYPE, Echo.of(id)));
            }
        }
        return List.copyOf(ids);
    }

    /**
     * Per (dimension, segment) each channel's share: 0 where the channel's snapshot of the dimension does not list the
     * segment, null where the channel has none; the spread over the channels with a snapshot; largest first.
     */
    static List<AudienceDifference> differences(List<Long> channels, List<ShareRow> rows) {
        Map<String, LocalDate> snapshotDays = new HashMap<>(); // channel|dimension → day
        Map<String, Map<Long, ShareRow>> bySegment = new LinkedHashMap<>(); // dimension|segment → channel → row
        for (ShareRow row : rows) {
            snapshotDays.put(row.channelId() + "|" + row.dimension(), row.day());
            String key = row.dimension() + "|" + row.segment().toLowerCase(Locale.ROOT);
            bySegment.computeIfAbsent(key, k -> new HashMap<>()).put(row.channelId(), row);
        }
        List<AudienceDifference> differences = new ArrayList<>();
        bySegment.forEach((key, byChannel) -> {
            // the segment as the first channel asked that lists it spells it
            ShareRow first = channels.stream().map(byChannel::get).filter(r -> r != null).findFirst().orElseThrow();
            List<ChannelShare> shares = new ArrayList<>();
            BigDecimal min = null;
            BigDecimal max = null;
            for (long channel : channels) {
                LocalDate day = snapshotDays.get(channel + "|" + first.dimension());
                ShareRow row = byChannel.get(channel);
                BigDecimal share = day == null ? null : row == null ? BigDecimal.ZERO : row.share();
                if (share != null) {
                    min = min == null || share.compareTo(min) < 0 ? share : min;
                    max = max == null || share.compareTo(max) > 0 ? share : max;
                }
                shares.add(new ChannelShare(Channel.globalId(channel), DecimalScalar.of(share), DateScalar.of(day)));
            }
            differences.add(new AudienceDifference(first.dimension(), first.segment(),
                    DecimalScalar.of(max.subtract(min)), shares));
        });
        differences.sort(Comparator.comparing((AudienceDifference d) -> d.spread().value().orElseThrow()).reversed()
                .thenComparing(AudienceDifference::dimension)
                .thenComparing(d -> d.segment().toLowerCase(Locale.ROOT)));
        return differences;
    }
}
