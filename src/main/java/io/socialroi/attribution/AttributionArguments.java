package io.socialroi.attribution;

import java.math.BigDecimal;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.BadArgumentException;
import io.socialroi.common.DecimalScalar;
import io.socialroi.common.Echo;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.reporting.DateRangeInput;
import io.socialroi.reporting.Periods;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;

/**
 * Turns an {@link AttributionInput} argument into settings: each field left out takes the workspace's default
 * setting ({@code setDefaultAttribution}), so a report without an attribution argument uses the default as a whole;
 * and the conversion types a report counts into the list {@link ReportScope} holds.
 */
@ApplicationScoped
public class AttributionArguments {

    @Inject
    WorkspaceDefaultAttribution workspaceDefault;
    @Inject
    CurrentWorkspace workspace;

    /**
     * The scope of a report over attributed conversions: the current workspace, the period, the attribution and the
     * conversion types, validated; the stored credits answer when they are those of this setting.
     */
    public ReportScope scope(DateRangeInput period, AttributionInput attribution, List<ConversionType> types) {
        AttributionSettings settings = settings(attribution);
        return new ReportScope(workspace.id(), workspace.reportingCurrency(), Periods.of(period), settings,
                conversionTypes(types)).withStoredCredits(storedCreditsAnswer(settings));
    }

    /** The current workspace's default setting (LAST_TOUCH over 30 days until an ADMIN sets one). */
    public AttributionSettings workspaceDefault() {
        return workspaceDefault.settings();
    }

    /**
     * Whether the stored credits answer for this setting: it is the workspace's default and they are READY (not
     * REBUILDING, and not ON_DEMAND as under DATA_DRIVEN).
     */
    public boolean storedCreditsAnswer(AttributionSettings settings) {
        AttributionDefaultEntity row = workspaceDefault.stored();
        return row == null ? settings.equals(AttributionSettings.DEFAULT)
                : row.creditsState == CreditsState.READY && settings.equals(row.settings());
    }

    /** The argument over the workspace's default, or BAD_ARGUMENT naming the field ("attribution.lookbackDays …"). */
    public AttributionSettings settings(AttributionInput input) {
        if (input == null) {
            return workspaceDefault();
        }
        // a complete argument (a goal's stored setting) needs no look-up
        boolean complete = input.model != null && input.lookbackDays != null && input.halfLifeHours != null
                && input.firstWeight != null && input.lastWeight != null;
        AttributionSettings base = complete ? AttributionSettings.DEFAULT : workspaceDefault();
        InputErrors errors = new InputErrors();
        AttributionSettings settings = merge(input, base, errors);
        if (settings == null) {
            throw new BadArgumentException("attribution." + errors.list().get(0).message());
        }
        return settings;
    }

    /**
     * The input's fields over {@code base}; null with the problems in {@code errors} (paths are the input's field
     * names) when the result is no valid setting.
     */
    static AttributionSettings merge(AttributionInput input, AttributionSettings base, InputErrors errors) {
        BigDecimal first = weight(input.firstWeight, base.firstWeight(), "firstWeight", errors);
        BigDecimal last = weight(input.lastWeight, base.lastWeight(), "lastWeight", errors);
        if (!errors.isEmpty()) {
            return null;
        }
        try {
            return new AttributionSettings(input.model == null ? base.model() : input.model,
                    input.lookbackDays == null ? base.lookbackDays() : input.lookbackDays,
                    input.halfLifeHours == null ? base.halfLifeHours() : input.halfLifeHours, first, last);
        } catch (IllegalArgumentException e) {
            // the record's messages start with the field they are about: "lookbackDays must be between …"
            String message = e.getMessage();
            errors.add(UserErrorCode.INVALID_VALUE, message, message.substring(0, message.indexOf(' ')));
            return null;
        }
    }

    /** The conversion types a report counts: null counts every type, [] no conversion at all. */
    public static List<ConversionType> conversionTypes(List<ConversionType> types) {
        return types == null ? null : List.copyOf(types);
    }

    private static BigDecimal weight(DecimalScalar value, BigDecimal base, String name, InputErrors errors) {
        if (value == null) {
            return base;
        }
        BigDecimal weight = value.value().orElse(null);
        if (weight == null) {
            errors.add(UserErrorCode.INVALID_DECIMAL, name + " \"" + Echo.of(value) + "\" is not a decimal such as 0.4.",
                    name);
        }
        return weight;
    }
}
