package io.socialroi.report;

import java.math.BigDecimal;

import io.socialroi.attribution.ReportScope;

/**
 * What a {@link Roi} was computed for, kept (not served) so that its value-based fields can be resolved later in
 * one batch, and only when a client asks for them: they cost an attribution run of their own.
 */
public record RoiSubject(Kind kind, long id, ReportScope scope, BigDecimal cost, BigDecimal revenue) {

    public enum Kind {
        CAMPAIGN, CHANNEL, WORKSPACE
    }
}
