package io.socialroi.savings;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.campaign.Campaign;
import io.socialroi.channel.Channel;
import io.socialroi.channel.ChannelService;
import io.socialroi.common.DecimalScalar;
import io.socialroi.money.Money;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.reporting.WorkspacePeriod;
import io.socialroi.workspace.CurrentWorkspace;

/** Service savings of campaigns, channels and the workspace: one statement, plus one for the channels named. */
@ApplicationScoped
public class ServiceSavingsReports {

    public static final String NO_CONTACTS = "No contact was deflected in the period: a cost per contact is undefined.";

    @Inject
    CurrentWorkspace workspace;
    @Inject
    ServiceSavingsQueries queries;
    @Inject
    ChannelService channels;

    public List<ServiceSavings> ofCampaigns(List<Campaign> campaigns, DateRangeInput period) {
        WorkspacePeriod scope = scope(period);
        var sums = queries.byCampaign(scope, campaigns.stream().map(Campaign::databaseId).distinct().toList());
        Map<Long, Channel> named = channels.findByIds(channelIds(sums.values()));
        return campaigns.stream().map(c -> figures(sums.get(c.databaseId()), named, scope.reportingCurrency())).toList();
    }

    public List<ServiceSavings> ofChannels(List<Channel> list, DateRangeInput period) {
        WorkspacePeriod scope = scope(period);
        var sums = queries.byChannel(scope, list.stream().map(ChannelService::databaseId).distinct().toList());
        Map<Long, Channel> named = new java.util.HashMap<>();
        list.forEach(c -> named.put(ChannelService.databaseId(c), c));
        return list.stream().map(c -> figures(sums.get(ChannelService.databaseId(c)), named, scope.reportingCurrency()))
                .toList();
    }

    public ServiceSavings ofWorkspace(DateRangeInput period) {
        WorkspacePeriod scope = scope(period);
        var sums = queries.forWorkspace(scope);
        return figures(sums, channels.findByIds(sums.keySet()), scope.reportingCurrency());
    }

    private WorkspacePeriod scope(DateRangeInput period) {
        return new WorkspacePeriod(workspace.id(), workspace.reportingCurrency(), Periods.of(period));
    }

    private static List<Long> channelIds(java.util.Collection<Map<Long, ServiceSavingsQueries.Figures>> sums) {
        return sums.stream().flatMap(m -> m.keySet().stream()).distinct().toList();
    }

    static ServiceSavings figures(Map<Long, ServiceSavingsQueries.Figures> byChannel, Map<Long, Channel> named,
            String currency) {
        Map<Long, ServiceSavingsQueries.Figures> rows = byChannel == null ? Map.of() : byChannel;
        ServiceSavingsQueries.Figures total = ServiceSavingsQueries.total(rows);
        List<ChannelServiceSavings> perChannel = new ArrayList<>();
        rows.forEach((id, f) -> perChannel.add(new ChannelServiceSavings(named.get(id), contacts(f.contacts()),
                Money.of(f.savings(), currency))));
        perChannel.sort(Comparator.comparing((ChannelServiceSavings r) -> r.channel().name()));
        Money average = total.contacts().signum() == 0 ? null
                : Money.of(total.savings().divide(total.contacts(), 12, RoundingMode.HALF_UP), currency);
        return new ServiceSavings(contacts(total.contacts()), Money.of(total.savings(), currency), average,
                average == null ? NO_CONTACTS : null, perChannel);
    }

    private static DecimalScalar contacts(BigDecimal value) {
        return DecimalScalar.of(value.setScale(2, RoundingMode.HALF_UP));
    }
}
