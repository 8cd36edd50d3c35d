package io.socialroi.tracking;

import java.util.List;
import java.util.Set;

/**
 * Fired in the writing transaction just before conversions are deleted: an observer adds to
 * {@code conversionsToCredit} the other conversions whose credits the delete changes (under the milestone models, the
 * same persons' conversions: a deleted LEAD or OPPORTUNITY moves their milestones). The deleted conversions' own
 * stored credits go with them (foreign key, on delete cascade). See {@link TouchpointsDeleting}.
 */
public record ConversionsDeleting(long workspaceId, List<Long> conversionIds, Set<Long> conversionsToCredit) {
}
