package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import jakarta.validation.Validation;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;

import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The one mapper from Bean Validation to userErrors: codes, messages and paths as the writers had them. */
class InputConstraintsTest {

    static class Item {
        @Text(max = 5, required = "A name is needed.")
        public String name;
        @NotNull(message = "An item needs a kind.")
        public String kind;
        @NotNull
        @PositiveOrZero
        public Long likes;
        @Text(max = 3)
        public String note;
        @Text(max = 10, required = "personKey cannot be blank.", absent = Text.Absent.BLANK)
        public String personKey = "p";
    }

    static class Unmapped {
        @Size(max = 1)
        public String text = "too long";
    }

    InputConstraints constraints;

    @BeforeEach
    void setUp() {
        constraints = new InputConstraints();
        constraints.validator = Validation.byDefaultProvider().configure()
                .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory().getValidator();
    }

    List<String> errors(Object input) {
        InputErrors errors = new InputErrors("input");
        constraints.check(input, errors.at("3"));
        return errors.list().stream().map(e -> e.code() + " " + e.field() + " " + e.message()).toList();
    }

    @Test
    void everyViolationIsAUserErrorInTheOrderOfTheFields() {
        Item item = new Item();
        item.name = "  ";
        item.likes = -1L;
        item.note = "a\u0001b";
        assertEquals(List.of(
                "REQUIRED [input, 3, name] A name is needed.",
                "REQUIRED [input, 3, kind] An item needs a kind.",
                "NEGATIVE_COUNT [input, 3, likes] likes cannot be negative (got -1).",
                "INVALID_VALUE [input, 3, note] Control characters are not allowed."), errors(item));
    }

    @Test
    void textIsMeasuredTrimmedAndAbsentIsItsOwnRule() {
        Item item = new Item();
        item.name = "  abcde  "; // five characters once trimmed
        item.kind = "k";
        item.note = "abcd";
        assertEquals(List.of("REQUIRED [input, 3, likes] likes is required.",
                "TOO_LONG [input, 3, note] At most 3 characters."), errors(item));
        item.likes = 0L;
        item.note = null;
        item.personKey = "\u2003"; // whitespace, not trimmed: blank for a person key, not empty for a name
        item.name = "\u2003";
        assertEquals(List.of("REQUIRED [input, 3, personKey] personKey cannot be blank."), errors(item));
        item.personKey = "\u0001"; // trimmed to nothing, but not blank: a person key as before
        item.name = "\u0001";
        assertEquals(List.of("REQUIRED [input, 3, name] A name is needed."), errors(item));
    }

    @Test
    void aConstraintWithoutACodeFailsLoudly() {
        assertThrows(IllegalStateException.class, () -> errors(new Unmapped()));
    }
}
