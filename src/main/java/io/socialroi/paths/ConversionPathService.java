package io.socialroi.paths;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.AttributionArguments;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.BadArgumentException;
import io.socialroi.common.Cursors;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.GlobalId;
import io.socialroi.common.PageInfo;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;

/** The conversion-paths report (GA4's "conversion paths"): arguments, cursors and rounding at the edge. */
@ApplicationScoped
public class ConversionPathService {

    /** Offset cursors: the 1-based position of the row, as an opaque ID of their own type. */
    static final String CURSOR_TYPE = "ConversionPathCursor";
    private static final BigDecimal SECONDS_PER_DAY = BigDecimal.valueOf(86400);

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ConversionPathQueries queries;
    @Inject
    ChannelService channels;
    @Inject
    AttributionArguments attributionArguments;

    public ConversionPathConnection page(DateRangeInput period, Integer first, String after,
            List<ConversionType> types, Integer lookbackDays) {
        int size = Cursors.pageSize(first);
        long offset = after == null ? 0 : GlobalId.decode(CURSOR_TYPE, after)
                .orElseThrow(() -> new BadArgumentException("after is not a cursor of this connection."));
        int lookback = lookbackDays == null ? attributionArguments.workspaceDefault().lookbackDays() : lookbackDays;
        if (lookback < 1 || lookback > 365) {
            throw new BadArgumentException("lookbackDays must be between 1 and 365 (got " + lookback + ").");
        }
        String currency = workspace.reportingCurrency();
        var scope = new ConversionPathQueries.Scope(workspace.id(), currency, Periods.of(period), lookback,
                AttributionArguments.conversionTypes(types));
        ConversionPathQueries.Page page = queries.page(scope, offset, size);

        Map<Long, Channel> byId = channels.findByIds(
                page.paths().stream().flatMap(p -> p.channelIds().stream()).distinct().toList());
        List<ConversionPathEdge> edges = new ArrayList<>();
        long position = offset;
        for (ConversionPathQueries.PathFigures path : page.paths()) {
            position++;
            BigDecimal conversions = BigDecimal.valueOf(path.conversions());
            BigDecimal days = path.timed() == 0 ? null
                    : path.seconds().divide(SECONDS_PER_DAY.multiply(BigDecimal.valueOf(path.timed())), 2,
                            RoundingMode.HALF_UP);
            ConversionPathRow row = new ConversionPathRow(
                    path.channelIds().stream().map(byId::get).toList(),
                    (int) path.conversions(),
                    Money.of(path.revenue(), currency),
                    DecimalScalar.of(BigDecimal.valueOf(path.touches()).divide(conversions, 2, RoundingMode.HALF_UP)),
                    DecimalScalar.of(days));
            edges.add(new ConversionPathEdge(GlobalId.encode(CURSOR_TYPE, position), row));
        }
        boolean hasNext = position < page.totalCount();
        return new ConversionPathConnection(edges, edges.stream().map(ConversionPathEdge::node).toList(),
                new PageInfo(hasNext, offset > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                (int) page.totalCount());
    }
}
