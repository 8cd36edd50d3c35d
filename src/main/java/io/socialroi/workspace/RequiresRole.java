package io.socialroi.workspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The role a GraphQL operation needs in the current workspace, where it differs from the default: VIEWER
 * for queries and fields, ANALYST for mutations (see {@link WorkspaceAccessInterceptor}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface RequiresRole {
    Role value();
}
