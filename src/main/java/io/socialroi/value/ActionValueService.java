package io.socialroi.value;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.transaction.Transactional;

import io.socialroi.common.SqlRows;
import io.socialroi.common.AuditedEntity;
import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.Money;
import io.socialroi.money.MoneyInputs;
import io.socialroi.tracking.ConversionType;
import io.socialroi.workspace.CurrentWorkspace;
import io.socialroi.workspace.WritesWorkspaceData;

/** The workspace's values per action (conversion type or engagement kind): one value each, replaced when set again. */
@ApplicationScoped
public class ActionValueService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    EntityManager em;

    public List<ActionValue> list() {
        List<ActionValue> values = new ArrayList<>();
        for (Tuple row : SqlRows.tuples(em.createNativeQuery(ACTION_VALUES, Tuple.class).setParameter("ws", workspace.id()))) {
            values.add(of(SqlRows.text(row, "action"), SqlRows.text(row, "kind"), SqlRows.decimal(row, "amount"),
                    SqlRows.text(row, "currency")));
        }
        return values;
    }

    static final String ACTION_VALUES = """
            select action, kind, amount, currency
            from action_value
            where workspace_id = :ws
            order by kind, action""";

    static final String DELETE_ACTION_VALUE = """
            delete from action_value where workspace_id = :ws and action = :action""";

    static final String UPSERT_ACTION_VALUE = """
            insert into action_value (workspace_id, action, kind, amount, currency, created_by)
            values (:ws, :action, :kind, :amount, :currency, :by)
            on conflict (workspace_id, action) do update
              set amount = excluded.amount, currency = excluded.currency, updated_at = now()""";

    /** Sets (or with a null value removes) one action's value; returns it, or null when removed. */
    @Transactional
    @WritesWorkspaceData
    public ActionValue set(SetActionValueInput input) {
        long ws = workspace.id();
        InputErrors errors = new InputErrors("input");
        if ((input.conversionType == null) == (input.engagementKind == null)) {
            errors.add(UserErrorCode.INVALID_VALUE, "Name exactly one of conversionType and engagementKind.",
                    input.conversionType == null ? "conversionType" : "engagementKind");
        }
        MoneyInputs.ValidMoney value = MoneyInputs.validate(input.value, errors.at("value"));
        errors.throwIfAny();
        String action = input.conversionType != null ? input.conversionType.name() : input.engagementKind.name();
        String kind = input.conversionType != null ? "CONVERSION" : "ENGAGEMENT";
        if (value == null) {
            em.createNativeQuery(DELETE_ACTION_VALUE)
                    .setParameter("ws", ws).setParameter("action", action).executeUpdate();
            return null;
        }
        em.createNativeQuery(UPSERT_ACTION_VALUE)
                .setParameter("ws", ws).setParameter("action", action).setParameter("kind", kind)
                .setParameter("amount", value.amount()).setParameter("currency", value.currency())
                .setParameter("by", AuditedEntity.currentSubject()).executeUpdate();
        return of(action, kind, value.amount(), value.currency());
    }

    private static ActionValue of(String action, String kind, BigDecimal amount, String currency) {
        boolean conversion = "CONVERSION".equals(kind);
        return new ActionValue(conversion ? ConversionType.valueOf(action) : null,
                conversion ? null : EngagementKind.valueOf(action), Money.recorded(amount, currency));
    }
}
