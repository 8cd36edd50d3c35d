package io.socialroi.money;

import java.time.LocalDate;

/** Fired in the writing transaction after a rate of the pair is set from {@code validFrom} on. */
public record ExchangeRateSet(long workspaceId, String base, String quote, LocalDate validFrom) {
}
