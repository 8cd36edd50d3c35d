package io.socialroi.common;

import java.util.List;

/**
 * Thrown by a service when a mutation's input is invalid. Services validate the whole input before
 * writing anything, and the transaction rolls back, so an invalid input changes nothing. The GraphQL
 * layer turns it into the payload's {@code userErrors}.
 */
public class InvalidInputException extends RuntimeException {

    private final List<UserError> errors;

    public InvalidInputException(List<UserError> errors) {
        super(errors.isEmpty() ? "invalid input" : errors.get(0).message(), null, false, false);
        this.errors = List.copyOf(errors);
    }

    public List<UserError> errors() {
        return errors;
    }
}
