package io.socialroi.tracking;

import java.util.List;

/** Fired in the writing transaction after a batch of conversions is inserted; see {@link TouchpointsRecorded}. */
public record ConversionsRecorded(long workspaceId, List<Long> conversionIds) {
}
