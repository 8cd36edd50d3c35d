package io.socialroi.common;

import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.Validator;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;

import org.hibernate.validator.engine.HibernateConstraintViolation;

/**
 * The one mapper from Bean Validation to {@code userErrors}: validates an input object against the constraints on
 * its class and adds a {@link UserError} per violation at the writer's path plus the property
 * ({@code ["input", "3", "likes"]}), in the order the class declares its fields.
 *
 * <p>The code of a violation: {@code @NotNull} is REQUIRED (with its {@code message}, or "likes is required."
 * without one), {@code @PositiveOrZero} (counts) is NEGATIVE_COUNT ("likes cannot be negative
 * (got -1)."), and a constraint of our own ({@link Text}) carries its code as dynamic payload. Writers call this
 * themselves: GraphQL parameters carry no {@code @Valid}, so SmallRye GraphQL never answers a violation with a
 * top-level error.
 */
@ApplicationScoped
public class InputConstraints {

    @Inject
    Validator validator;

    private final Map<Class<?>, List<String>> fieldOrder = new ConcurrentHashMap<>();

    /** Adds a user error at {@code at} for every constraint {@code input} breaks; a null input has none. */
    public void check(Object input, InputErrors at) {
        if (input == null) {
            return;
        }
        List<String> order = fieldOrder.computeIfAbsent(input.getClass(),
                type -> Arrays.stream(type.getDeclaredFields()).map(Field::getName).toList());
        validator.validate(input).stream()
                .sorted(Comparator.comparingInt((ConstraintViolation<Object> v) -> order.indexOf(property(v)))
                        .thenComparing(ConstraintViolation::getMessage))
                .forEach(v -> at.add(code(v), message(v), property(v)));
    }

    private static String property(ConstraintViolation<?> violation) {
        String name = null;
        for (Path.Node node : violation.getPropertyPath()) {
            name = node.getName();
        }
        return name;
    }

    static UserErrorCode code(ConstraintViolation<?> violation) {
        HibernateConstraintViolation<?> hibernate = violation.unwrap(HibernateConstraintViolation.class);
        UserErrorCode carried = hibernate.getDynamicPayload(UserErrorCode.class);
        if (carried != null) {
            return carried;
        }
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof NotNull) {
            return UserErrorCode.REQUIRED;
        }
        if (constraint instanceof PositiveOrZero) {
            return UserErrorCode.NEGATIVE_COUNT;
        }
        throw new IllegalStateException("No user error code for " + constraint.annotationType().getSimpleName()
                + " on " + violation.getRootBeanClass().getSimpleName() + "." + property(violation)
                + ": give it a code in InputConstraints or use a constraint that carries one");
    }

    private static String message(ConstraintViolation<?> violation) {
        Annotation constraint = violation.getConstraintDescriptor().getAnnotation();
        if (constraint instanceof PositiveOrZero) {
            return negativeCount(property(violation), violation.getInvalidValue());
        }
        if (violation.getMessageTemplate().startsWith("{jakarta.validation.constraints.")) {
            // a standard constraint without a message of ours: @NotNull alone says "likes is required."
            return required(property(violation));
        }
        return violation.getMessage();
    }

    /** The message of REQUIRED where the input gives no message of its own. */
    public static String required(String field) {
        return field + " is required.";
    }

    /** The message of NEGATIVE_COUNT, for the counts a service still checks itself. */
    public static String negativeCount(String field, Object value) {
        return field + " cannot be negative (got " + value + ").";
    }
}
