package io.socialroi.common;

import io.smallrye.graphql.api.ErrorCode;

/** What a client sees of an unexpected failure: a reference to find it in the log, nothing of its insides. */
@ErrorCode("INTERNAL_ERROR")
public class ServerFault extends ClientFacingException {
    public ServerFault(String reference) {
        super("Internal server error (reference " + reference + ").");
    }
}
