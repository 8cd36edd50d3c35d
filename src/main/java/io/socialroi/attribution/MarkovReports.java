package io.socialroi.attribution;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DecimalScalar;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * The Markov chain DATA_DRIVEN credits by, read for a report's period and conversion types: as the markovModel
 * report (why it credits what it credits), and as the removal effects behind a conversion's DATA_DRIVEN credits.
 */
@ApplicationScoped
public class MarkovReports {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    AttributionQueries queries;
    @Inject
    ChannelService channels;
    @Inject
    AttributionArguments attributionArguments;

    /** The Markov chain behind DATA_DRIVEN, with each channel's removal effect and every transition. */
    public MarkovModel markovModel(DateRangeInput period, Integer lookbackDays, List<ConversionType> types) {
        AttributionInput input = new AttributionInput();
        input.lookbackDays = lookbackDays;
        MarkovChain chain = queries.markovChain(scope(period, input, types));
        Map<Long, Channel> byId = channels.findByIds(chain.channels());
        BigDecimal base = chain.conversionProbability();
        Map<Long, BigDecimal> effects = chain.removalEffects();
        BigDecimal totalEffect = effects.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        List<MarkovChannel> channelRows = new ArrayList<>();
        effects.forEach((id, effect) -> channelRows.add(new MarkovChannel(byId.get(id), probability(effect),
                DecimalScalar.of(totalEffect.signum() == 0 ? BigDecimal.ZERO.setScale(2)
                        : effect.multiply(BigDecimal.valueOf(100)).divide(totalEffect, 2, RoundingMode.HALF_UP)),
                probability(chain.conversionProbability(id)))));
        channelRows.sort(Comparator.comparing((MarkovChannel m) -> m.channel().name()));
        List<MarkovTransition> transitions = new ArrayList<>();
        chain.counts().forEach((t, count) -> transitions.add(new MarkovTransition(stateName(t.from(), byId),
                stateName(t.to(), byId), byId.get(t.from()), byId.get(t.to()), count.intValue(),
                probability(chain.probability(t)))));
        transitions.sort(Comparator.comparing(MarkovTransition::from).thenComparing(MarkovTransition::to));
        return new MarkovModel(probability(base), channelRows, transitions);
    }

    private static DecimalScalar probability(BigDecimal p) {
        return DecimalScalar.of(p.setScale(6, RoundingMode.HALF_EVEN));
    }

    private static String stateName(long state, Map<Long, Channel> channels) {
        if (state == MarkovChain.START) {
            return "START";
        } else if (state == MarkovChain.CONVERSION) {
            return "CONVERSION";
        } else if (state == MarkovChain.NULL) {
            return "NULL";
        }
        return channels.get(state).name();
    }

    /**
     * The solved Markov chain of a report's scope (DATA_DRIVEN), the one the report statements credit by: its removal
     * effects are the channels' weights.
     */
    public MarkovChain markovChain(DateRangeInput period, AttributionInput attribution,
            List<ConversionType> types) {
        return queries.markovChain(scope(period, attribution, types));
    }

    private ReportScope scope(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        return new ReportScope(workspace.id(), workspace.reportingCurrency(), Periods.of(period),
                attributionArguments.settings(attribution), AttributionArguments.conversionTypes(types));
    }
}
