package io.socialroi.tracking;

import java.util.Collection;

/**
 * Fired in the writing transaction after a correction (a conversion's revenue changed, touchpoints or conversions
 * deleted) with the conversions whose credits it changed, so that what is derived from them (the stored credits)
 * changes with them or not at all. Ids of conversions that no longer exist are allowed: they are credited as nothing.
 */
public record ConversionsCorrected(long workspaceId, Collection<Long> conversionIds) {
}
