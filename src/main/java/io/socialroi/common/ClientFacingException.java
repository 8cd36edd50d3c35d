package io.socialroi.common;

/**
 * A failure whose message is written for clients: it reaches them as a top-level GraphQL error with its message and
 * its {@code extensions.code} (each subclass's {@code @ErrorCode}). This class is the one list of such exceptions:
 * SmallRye GraphQL shows the message of its subclasses ({@code quarkus.smallrye-graphql.show-runtime-exception-message}
 * names this class, and SmallRye matches superclasses), and {@link ServerFaultInterceptor} lets them through while
 * turning every other failure into a {@link ServerFault}.
 */
public abstract class ClientFacingException extends RuntimeException {

    /** Without a stack trace: the message is the whole story, and nothing of the server's insides goes with it. */
    protected ClientFacingException(String message) {
        super(message, null, false, false);
    }
}
