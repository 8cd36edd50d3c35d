package io.socialroi.workspace;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

/**
 * Marks the workspace's data as changed before a {@link WritesWorkspaceData} method writes. Its priority puts it
 * inside the {@code @Transactional} interceptor (Interceptor.Priority.PLATFORM_BEFORE + 200, lower runs first), so
 * the bump is the transaction's first statement and rolls back with it.
 */
@WritesWorkspaceData
@Interceptor
@Priority(Interceptor.Priority.PLATFORM_BEFORE + 300)
public class WorkspaceDataVersionInterceptor {

    @Inject
    WorkspaceDataVersion dataVersion;

    @AroundInvoke
    Object bumpFirst(InvocationContext context) throws Exception {
        dataVersion.changed();
        return context.proceed();
    }
}
