package io.socialroi.money;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.Currencies;
import io.socialroi.common.DateInputs;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

@ApplicationScoped
public class ExchangeRateService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    Event<ExchangeRateSet> rateSet;

    /** Sets the rate of a pair from a date on; setting the same pair and date again replaces the rate. */
    @Transactional
    @WritesWorkspaceData
    public ExchangeRate set(SetExchangeRateInput input) {
        InputErrors errors = new InputErrors("input");
        String base = Currencies.check(input.base, errors, "base");
        String quote = Currencies.check(input.quote, errors, "quote");
        BigDecimal rate = MoneyInputs.decimal(input.rate == null ? null : input.rate.text(), errors, "rate");
        if (rate != null && rate.signum() <= 0) {
            errors.add(UserErrorCode.NOT_POSITIVE, "An exchange rate must be greater than zero.", "rate");
        }
        LocalDate validFrom = DateInputs.parsed(input.validFrom, errors, "validFrom");
        if (base != null && base.equals(quote)) {
            errors.add(UserErrorCode.INVALID_VALUE, "Base and quote must be different currencies.", "quote");
        }
        errors.throwIfAny();
        long ws = workspace.id();
        ExchangeRateEntity entity = ExchangeRateEntity
                .find("workspaceId = ?1 and base = ?2 and quote = ?3 and validFrom = ?4", ws, base, quote, validFrom)
                .firstResult();
        if (entity == null) {
            entity = new ExchangeRateEntity();
            entity.workspaceId = ws;
            entity.base = base;
            entity.quote = quote;
            entity.validFrom = validFrom;
        }
        entity.rate = rate;
        entity.persist();
        entity.flush();
        rateSet.fire(new ExchangeRateSet(ws, base, quote, validFrom));
        return ExchangeRate.of(entity);
    }

    public java.util.Optional<ExchangeRate> find(long id) {
        return ExchangeRateEntity.<ExchangeRateEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id())
                .firstResultOptional().map(ExchangeRate::of);
    }

    public List<ExchangeRate> list() {
        return ExchangeRateEntity.<ExchangeRateEntity>list(
                "workspaceId = ?1 order by base, quote, validFrom", workspace.id())
                .stream().map(ExchangeRate::of).toList();
    }
}
