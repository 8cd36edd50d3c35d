package io.socialroi.report;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.attribution.ReportScope;
import io.socialroi.earned.EarnedMediaService;
import io.socialroi.earned.OrganicClickSource;
import io.socialroi.money.RoiCalculator;
import io.socialroi.savings.ServiceSavingsQueries;

/**
 * Value-based ROI of the Roi objects of a response, in one batch: per kind (campaign or channel) and report scope,
 * one statement each for action value, earned media value and service savings, however many objects there are.
 */
@ApplicationScoped
public class ValueRoiService {

    @Inject
    ReportQueries queries;
    @Inject
    EarnedMediaService earnedMedia;
    @Inject
    ServiceSavingsQueries savings;
    @Inject
    RequestValueLines requestLines;

    /** The Roi objects one batch of statements serves: one kind in one report scope. */
    record Group(RoiSubject.Kind kind, ReportScope scope) {
    }

    /** What a group's lines are computed for (RequestValueLines). */
    record LinesKey(Group group, List<Long> ids, OrganicClickSource clicks) {
    }

    /** The value returns of each Roi, in the order given. */
    public List<RoiCalculator.ValueFigures> figures(List<Roi> rois, OrganicClickSource source) {
        OrganicClickSource clicks = source == null ? OrganicClickSource.RECORDED : source;
        Map<Group, List<Long>> groups = new LinkedHashMap<>();
        for (Roi roi : rois) {
            RoiSubject s = roi.subject();
            groups.computeIfAbsent(new Group(s.kind(), s.scope()), g -> new ArrayList<>()).add(s.id());
        }
        Map<Group, Lines> lines = new LinkedHashMap<>();
        groups.forEach((group, ids) -> {
            List<Long> distinct = ids.stream().distinct().sorted().toList();
            lines.put(group, requestLines.computeIfAbsent(new LinesKey(group, distinct, clicks), k -> lines(group, distinct, clicks)));
        });
        List<RoiCalculator.ValueFigures> result = new ArrayList<>(rois.size());
        for (Roi roi : rois) {
            RoiSubject s = roi.subject();
            Lines l = lines.get(new Group(s.kind(), s.scope()));
            result.add(RoiCalculator.valueBased(s.cost(), s.revenue(), l.actionValue().getOrDefault(s.id(), BigDecimal.ZERO),
                    l.earnedMedia().getOrDefault(s.id(), BigDecimal.ZERO), l.savings().getOrDefault(s.id(), BigDecimal.ZERO)));
        }
        return result;
    }

    /** A group's value returns beyond revenue, per subject id. */
    record Lines(Map<Long, BigDecimal> actionValue, Map<Long, BigDecimal> earnedMedia, Map<Long, BigDecimal> savings) {
    }

    private Lines lines(Group group, List<Long> ids, OrganicClickSource clicks) {
        ReportScope scope = group.scope();
        Map<Long, BigDecimal> actionValue = new java.util.HashMap<>();
        if (group.kind() == RoiSubject.Kind.CAMPAIGN) {
            queries.creditsByCampaign(scope.withActionValues(), ids, false)
                    .forEach((id, credits) -> actionValue.put(id, credits.revenue()));
            return new Lines(actionValue, earnedMedia.totalByCampaign(scope.workspacePeriod(), ids, clicks),
                    savings.totalByCampaign(scope.workspacePeriod(), ids));
        }
        if (group.kind() == RoiSubject.Kind.WORKSPACE) {
            // every conversion's whole value, attributed or not, as the workspace's revenue counts it
            return new Lines(Map.of(0L, queries.summary(scope.withActionValues()).revenue()),
                    Map.of(0L, earnedMedia.totalForWorkspace(scope.workspacePeriod(), clicks)),
                    Map.of(0L, ServiceSavingsQueries.total(savings.forWorkspace(scope.workspacePeriod())).savings()));
        }
        queries.creditsByChannelAndCampaign(scope.withActionValues()).byChannel()
                .forEach((id, credits) -> actionValue.put(id, credits.revenue()));
        return new Lines(actionValue, earnedMedia.totalByChannel(scope.workspacePeriod(), ids, clicks), savings.totalByChannel(scope.workspacePeriod(), ids));
    }
}
