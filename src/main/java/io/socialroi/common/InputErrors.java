package io.socialroi.common;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/** Collects every problem of an input (not just the first), each with its field path. */
public final class InputErrors {

    private final List<String> prefix;
    private final List<UserError> errors;

    public InputErrors(String... prefix) {
        this(List.of(prefix), new ArrayList<>());
    }

    private InputErrors(List<String> prefix, List<UserError> errors) {
        this.prefix = prefix;
        this.errors = errors;
    }

    /** A view whose paths start with more segments; it adds to the same list. */
    public InputErrors at(String... segments) {
        return new InputErrors(path(segments), errors);
    }

    public void add(UserErrorCode code, String message, String... field) {
        errors.add(new UserError(path(field), message, code));
    }

    public boolean isEmpty() {
        return errors.isEmpty();
    }

    public int size() {
        return errors.size();
    }

    /** The problems collected so far, in order. */
    public List<UserError> list() {
        return List.copyOf(errors);
    }

    public void throwIfAny() {
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
    }

    private List<String> path(String... segments) {
        return Stream.concat(prefix.stream(), Arrays.stream(segments)).toList();
    }
}
