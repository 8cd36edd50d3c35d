package io.socialroi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * The caller may not do this: not a member of the workspace named, or a role too low for the operation.
 * The message names only what the caller sent and the role needed, never another workspace's data.
 */
@ErrorCode("FORBIDDEN")
public class ForbiddenException extends ClientFacingException {
    public ForbiddenException(String message) {
        super(message);
    }
}
