package io.socialroi.money;

import java.time.LocalDate;

import io.smallrye.graphql.api.ErrorCode;

import io.socialroi.common.ClientFacingException;

/** A report needs an amount converted and no rate of the pair is in force on the amount's date. */
@ErrorCode("MISSING_EXCHANGE_RATE")
public class MissingExchangeRateException extends ClientFacingException {

    /**
     * Throws when a report statement returned a first amount without a rate, given as "CUR|yyyy-mm-dd"
     * (the statements' marker); does nothing for null.
     */
    public static void failIfAny(String marker, String to) {
        if (marker != null) {
            String[] parts = marker.split("\\|");
            throw new MissingExchangeRateException(parts[0], to, LocalDate.parse(parts[1]));
        }
    }

    public MissingExchangeRateException(String from, String to, LocalDate on) {
        super("No exchange rate " + from + "/" + to + " in force on " + on
                + ": set one with setExchangeRate (validFrom on or before " + on + ").");
    }
}
