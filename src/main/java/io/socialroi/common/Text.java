package io.socialroi.common;

import static java.lang.annotation.ElementType.FIELD;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import java.lang.annotation.Documented;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;

import org.hibernate.validator.constraintvalidation.HibernateConstraintValidatorContext;

/**
 * Free text of an input: at most {@link #max} characters once trimmed (TOO_LONG) and no control characters
 * (INVALID_VALUE: NUL breaks PostgreSQL). With {@link #required}, a text that is absent or empty once trimmed is
 * REQUIRED with that message; without, null passes. The violation carries its {@link UserErrorCode} as dynamic
 * payload, read by {@link InputConstraints}.
 */
@Documented
@Constraint(validatedBy = Text.Check.class)
@Target(FIELD)
@Retention(RUNTIME)
public @interface Text {

    int max();

    /** The message of REQUIRED when the text is absent or {@link #absent}; empty: the text is optional. */
    String required() default "";

    /** When a required text counts as absent besides null. */
    Absent absent() default Absent.EMPTY_TRIMMED;

    /** The two rules of a present-but-empty text, kept as each feature has always had them. */
    enum Absent {
        /** Nothing left after {@code trim()} (names, subjects). */
        EMPTY_TRIMMED,
        /** {@code String.isBlank()}: only whitespace (person keys). */
        BLANK
    }

    String message() default "At most {max} characters.";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};

    class Check implements ConstraintValidator<Text, String> {

        private int max;
        private String required;
        private Absent absent;

        @Override
        public void initialize(Text text) {
            max = text.max();
            required = text.required();
            absent = text.absent();
        }

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            if (!required.isEmpty() && (value == null
                    || (absent == Absent.BLANK ? value.isBlank() : value.trim().isEmpty()))) {
                return refuse(context, UserErrorCode.REQUIRED, "{required}");
            }
            UserErrorCode problem = TextInputs.problem(value, max);
            if (problem == null) {
                return true;
            }
            return refuse(context, problem,
                    problem == UserErrorCode.TOO_LONG ? "At most {max} characters." : TextInputs.CONTROL_CHARACTERS);
        }

        private static boolean refuse(ConstraintValidatorContext context, UserErrorCode code, String message) {
            context.disableDefaultConstraintViolation();
            context.unwrap(HibernateConstraintValidatorContext.class).withDynamicPayload(code)
                    .buildConstraintViolationWithTemplate(message).addConstraintViolation();
            return false;
        }
    }
}
