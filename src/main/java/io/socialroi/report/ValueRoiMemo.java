package io.socialroi.report;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

import jakarta.enterprise.context.RequestScoped;

/**
 * The value-return lines computed during one request, so that a query asking for both Roi.valuePercent and
 * Roi.valueReturns runs their statements once.
 */
@RequestScoped
public class ValueRoiMemo {

    private final Map<Object, Object> lines = new HashMap<>();

    @SuppressWarnings("unchecked")
    <K, V> V computeIfAbsent(K key, Function<K, V> compute) {
        return (V) lines.computeIfAbsent(key, k -> compute.apply((K) k));
    }
}
