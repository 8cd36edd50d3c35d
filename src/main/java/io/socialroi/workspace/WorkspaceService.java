package io.socialroi.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.InputErrors;
import io.socialroi.common.UserErrorCode;
import io.socialroi.money.MoneyInputs;

@ApplicationScoped
public class WorkspaceService {

    @Inject
    CurrentWorkspace currentWorkspace;

    public Workspace current() {
        return Workspace.of(currentWorkspace.entity());
    }

    @Transactional
    public Workspace update(UpdateWorkspaceInput input) {
        InputErrors errors = new InputErrors("input");
        String currency = input.reportingCurrency == null ? null
                : MoneyInputs.currency(input.reportingCurrency, errors, "reportingCurrency");
        String name = input.name == null ? null : input.name.trim();
        if (name != null && name.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "A workspace needs a name.", "name");
        } else if (name != null && name.length() > 200) {
            errors.add(UserErrorCode.TOO_LONG, "At most 200 characters.", "name");
        }
        errors.throwIfAny();
        WorkspaceEntity entity = currentWorkspace.entity();
        if (currency != null) {
            entity.reportingCurrency = currency;
        }
        if (name != null) {
            entity.name = name;
        }
        return Workspace.of(entity);
    }
}
