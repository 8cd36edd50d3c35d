package io.socialroi.report;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

/**
 * The value-return lines computed during one request, so that a query asking for both Roi.valuePercent and
 * Roi.valueReturns runs their statements once. Per request, not in the application-wide report cache: the key
 * is the report scope without the workspace's data version, so kept longer it would serve figures from before
 * a write. (The statements behind the lines are in the report cache by data version anyway.)
 */
@RequestScoped
public class RequestValueLines {

    private final Map<ValueRoiService.LinesKey, ValueRoiService.Lines> lines = new ConcurrentHashMap<>();

    ValueRoiService.Lines computeIfAbsent(ValueRoiService.LinesKey key,
            Function<ValueRoiService.LinesKey, ValueRoiService.Lines> compute) {
        return lines.computeIfAbsent(key, compute);
    }
}
