package io.socialroi.delivery;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

/** node(id:) for saved reports and schedules. */
@ApplicationScoped
public class DeliveryNodeResolver implements NodeResolver {

    @Inject
    SavedReportService savedReports;
    @Inject
    ScheduleService schedules;

    @Override
    public Set<String> types() {
        return Set.of(SavedReport.TYPE, Schedule.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        return type.equals(Schedule.TYPE) ? schedules.find(id).orElse(null) : savedReports.find(id).orElse(null);
    }
}
