package io.socialroi.workspace;

import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Mutation;

import io.socialroi.common.GuardedResolver;

/**
 * Before every resolver of a {@link GuardedResolver} GraphQL API: the role it needs, checked by
 * {@link CurrentWorkspace}. Queries and fields need VIEWER, mutations ANALYST, unless the method says
 * otherwise ({@link RequiresRole}, {@link OutsideWorkspace}). Runs inside the fault guard, so a refusal
 * reaches the client as FORBIDDEN.
 */
@GuardedResolver
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 10)
public class WorkspaceAccessInterceptor {

    @Inject
    CurrentWorkspace workspace;

    @AroundInvoke
    Object authorize(InvocationContext context) throws Exception {
        Role needed = needed(context.getMethod());
        if (needed != null) {
            workspace.authorize(needed);
        } else {
            workspace.subject(); // still a caller with a subject
        }
        return context.proceed();
    }

    /** The role a resolver needs, or null when it works outside any workspace. */
    public static Role needed(java.lang.reflect.Method method) {
        if (method.isAnnotationPresent(OutsideWorkspace.class)) {
            return null;
        }
        RequiresRole explicit = method.getAnnotation(RequiresRole.class);
        if (explicit != null) {
            return explicit.value();
        }
        return method.isAnnotationPresent(Mutation.class) ? Role.ANALYST : Role.VIEWER;
    }
}
