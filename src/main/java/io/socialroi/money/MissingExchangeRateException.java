package io.socialroi.money;

import java.time.LocalDate;

import io.smallrye.graphql.api.ErrorCode;

/** A report needs an amount converted and no rate of the pair is in force on the amount's date. */
@ErrorCode("MISSING_EXCHANGE_RATE")
public class MissingExchangeRateException extends RuntimeException {

    public MissingExchangeRateException(String from, String to, LocalDate on) {
        super("No exchange rate " + from + "/" + to + " in force on " + on
                + ": set one with setExchangeRate (validFrom on or before " + on + ").", null, false, false);
    }
}
