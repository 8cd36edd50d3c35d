package io.socialroi.workspace;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import jakarta.interceptor.InterceptorBinding;

/**
 * On a {@code @Transactional} service method that writes the current workspace's report inputs (touchpoints,
 * conversions, costs, exchange rates, action values, engagement, savings, earned media, customers, goals): before
 * the method body runs, inside its transaction, {@link WorkspaceDataVersionInterceptor} marks the workspace's data as
 * changed ({@link WorkspaceDataVersion#changed()}). So cached reports of older data are never served again, and the
 * row lock the bump takes makes concurrent writes of one workspace take turns from their first statement to their
 * commit. A rejected input rolls the transaction back, bump included. WritersDeclareDataVersionTest fails on a
 * {@code @Transactional} method that neither carries this binding nor is listed there as writing no report input.
 */
@InterceptorBinding
@Retention(RetentionPolicy.RUNTIME)
@Target({ ElementType.METHOD, ElementType.TYPE })
public @interface WritesWorkspaceData {
}
