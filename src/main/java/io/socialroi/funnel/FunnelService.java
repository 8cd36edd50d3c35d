package io.socialroi.funnel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Period;
import io.socialroi.reporting.Periods;
import io.socialroi.workspace.CurrentWorkspace;

/** The funnel report: arguments checked here, counts and medians from {@link FunnelQueries}. */
@ApplicationScoped
public class FunnelService {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86400);

    @Inject
    CurrentWorkspace workspace;
    @Inject
    FunnelQueries queries;
    @Inject
    ChannelService channels;

    public Funnel funnel(DateRangeInput periodInput, String channelIdInput) {
        Period period = Periods.of(periodInput);
        Channel only = null;
        Long channelId = null;
        if (channelIdInput != null) {
            channelId = GlobalId.decode(Channel.TYPE, channelIdInput).orElseThrow(
                    () -> new BadArgumentException("channelId is not the ID of a channel."));
            only = channels.findByIds(List.of(channelId)).get(channelId);
            if (only == null) {
                throw new BadArgumentException("channelId names no channel of this workspace.");
            }
        }
        FunnelQueries.Result result = queries.funnel(workspace.id(), period, channelId);
        Map<Long, FunnelQueries.Figures> byChannel = result.byChannel();
        List<FunnelRow> rows = new ArrayList<>();
        if (only != null) {
            rows.add(row(only, byChannel.get(channelId)));
        } else {
            for (Channel channel : channels.list()) {
                rows.add(row(channel, byChannel.get(ChannelService.databaseId(channel))));
            }
            rows.add(row(null, byChannel.get(null)));
        }
        return new Funnel(rows, row(null, result.total()));
    }

    private static FunnelRow row(Channel channel, FunnelQueries.Figures figures) {
        FunnelQueries.Figures f = figures == null ? FunnelQueries.Figures.empty() : figures;
        List<FunnelStage> stages = new ArrayList<>();
        List<FunnelTransition> transitions = new ArrayList<>();
        for (int k = 0; k < FunnelQueries.STAGES.size(); k++) {
            stages.add(new FunnelStage(FunnelQueries.STAGES.get(k), (int) f.persons()[k]));
            if (k > 0) {
                long before = f.persons()[k - 1];
                BigDecimal rate = before == 0 ? null
                        : BigDecimal.valueOf(f.persons()[k]).multiply(HUNDRED)
                                .divide(BigDecimal.valueOf(before), 2, RoundingMode.HALF_UP);
                BigDecimal seconds = f.medianSeconds()[k - 1];
                BigDecimal days = seconds == null ? null : seconds.divide(SECONDS_PER_DAY, 2, RoundingMode.HALF_UP);
                transitions.add(new FunnelTransition(FunnelQueries.STAGES.get(k - 1), FunnelQueries.STAGES.get(k),
                        DecimalScalar.of(rate), DecimalScalar.of(days), (int) f.timed()[k - 1]));
            }
        }
        return new FunnelRow(channel, stages, transitions);
    }
}
