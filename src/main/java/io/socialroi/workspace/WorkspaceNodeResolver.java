package io.socialroi.workspace;

import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.socialroi.common.GlobalId;
import io.socialroi.common.Node;
import io.socialroi.common.NodeResolver;

/** Only the workspace the request works in: another workspace's ID resolves to null, like any foreign ID. */
@ApplicationScoped
public class WorkspaceNodeResolver implements NodeResolver {

    @Inject
    WorkspaceService workspaces;

    @Override
    public Set<String> types() {
        return Set.of(Workspace.TYPE);
    }

    @Override
    public Node resolve(String type, long id) {
        Workspace current = workspaces.current();
        return current.id().equals(GlobalId.encode(Workspace.TYPE, id)) ? current : null;
    }
}
