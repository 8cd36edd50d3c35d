package io.socialroi.tracking;

import java.util.List;
import java.util.Set;

/**
 * Fired in the writing transaction just before touchpoints are deleted, while their rows still tell which paths held
 * them: an observer adds to {@code conversionsToCredit} the conversions whose credits the delete changes (the stored
 * credits: those whose windows held a deleted touch). The writer fires {@link ConversionsCorrected} with them once
 * the rows are gone.
 */
public record TouchpointsDeleting(long workspaceId, List<Long> touchpointIds, Set<Long> conversionsToCredit) {
}
