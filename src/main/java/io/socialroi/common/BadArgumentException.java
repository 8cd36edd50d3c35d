package io.socialroi.common;

import io.smallrye.graphql.api.ErrorCode;

/**
 * A query argument that cannot be answered (period ending before it starts, {@code first} over 100,
 * unknown attribution model). Queries have no payload, so this is a top-level GraphQL error whose
 * message is meant for the client and whose {@code extensions.code} is stable.
 */
@ErrorCode("BAD_ARGUMENT")
public class BadArgumentException extends ClientFacingException {
    public BadArgumentException(String message) {
        super(message);
    }
}
