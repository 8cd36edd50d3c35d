package io.socialroi.value;

import java.time.OffsetDateTime;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

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

    public List<ActionValue> list() {
        return ActionValueEntity.listByWorkspace(workspace.id()).stream().map(ActionValueService::of).toList();
    }

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
        if (value == null) {
            ActionValueEntity.deleteByAction(ws, action);
            return null;
        }
        ActionValueEntity entity = ActionValueEntity.findByAction(ws, action).orElseGet(ActionValueEntity::new);
        entity.workspaceId = ws;
        entity.action = action;
        entity.kind = input.conversionType != null ? ActionValueEntity.Kind.CONVERSION : ActionValueEntity.Kind.ENGAGEMENT;
        entity.amount = value.amount();
        entity.currency = value.currency();
        entity.updatedAt = OffsetDateTime.now();
        entity.persist();
        entity.flush(); // constraint failures surface here, inside the service, not at commit
        return of(entity);
    }

    private static ActionValue of(ActionValueEntity value) {
        boolean conversion = value.kind == ActionValueEntity.Kind.CONVERSION;
        return new ActionValue(conversion ? ConversionType.valueOf(value.action) : null,
                conversion ? null : EngagementKind.valueOf(value.action), Money.recorded(value.amount, value.currency));
    }
}
