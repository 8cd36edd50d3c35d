package io.socialroi.tracking;

import java.util.List;

/**
 * Fired in the writing transaction after a batch of touchpoints is inserted (synchronous observers run in it), so
 * what is derived from touchpoints (the stored credits) changes with them or not at all.
 */
public record TouchpointsRecorded(long workspaceId, List<Long> touchpointIds) {
}
