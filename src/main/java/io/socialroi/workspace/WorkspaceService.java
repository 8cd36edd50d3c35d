package io.socialroi.workspace;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
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
        } else {
            TextInputs.check(name, 200, errors, "name");
        }
        errors.throwIfAny();
        WorkspaceEntity entity = currentWorkspace.entity();
        if (currency != null) {
            entity.reportingCurrency = currency;
        }
        if (name != null) {
            entity.name = name;
        }
        entity.flush();
        return Workspace.of(entity);
    }
}
