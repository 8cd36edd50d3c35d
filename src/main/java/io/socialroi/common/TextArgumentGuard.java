package io.socialroi.common;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.annotation.Priority;
import jakarta.interceptor.AroundInvoke;
import jakarta.interceptor.Interceptor;
import jakarta.interceptor.InvocationContext;

import org.eclipse.microprofile.graphql.Input;
import org.eclipse.microprofile.graphql.Mutation;
import org.eclipse.microprofile.graphql.Name;
import org.eclipse.microprofile.graphql.Source;

/**
 * The safety net under every feature's own text checks: before a resolver runs, every String it receives (query
 * arguments, and every field of input objects and lists, at any depth) is checked for control characters (NUL
 * makes PostgreSQL fail the statement) and for more than {@value #MAX_TEXT} characters (the longest text any
 * input accepts, a landing URL). Control characters around a value are left to the features, which trim (and so
 * accept "name\n" or call "\t" blank), as {@link TextInputs} does; NUL is refused anywhere. So nothing of the kind reaches a service or the database, whether or not the
 * feature checks that field itself. A mutation answers its payload with userErrors (field path and code, as
 * {@link TextInputs} does) and changes nothing; a query answers BAD_ARGUMENT. The features' own, tighter limits
 * (a channel name: 100 characters) still apply after this one.
 */
@GuardedResolver
@Interceptor
@Priority(Interceptor.Priority.APPLICATION + 20)
public class TextArgumentGuard {

    /** The longest text any argument or input field accepts (TouchpointInput.landingUrl). */
    public static final int MAX_TEXT = 2_000;

    private static final Map<Class<?>, List<Field>> INPUT_FIELDS = new ConcurrentHashMap<>();

    @AroundInvoke
    Object guard(InvocationContext context) throws Exception {
        Method method = context.getMethod();
        Parameter[] parameters = method.getParameters();
        Object[] values = context.getParameters();
        InputErrors errors = new InputErrors();
        for (int i = 0; i < parameters.length; i++) {
            if (parameters[i].isAnnotationPresent(Source.class) || values[i] == null) {
                continue;
            }
            Name name = parameters[i].getAnnotation(Name.class);
            check(values[i], errors, List.of(name == null ? parameters[i].getName() : name.value()));
        }
        if (errors.isEmpty()) {
            return context.proceed();
        }
        List<UserError> found = errors.list();
        if (method.isAnnotationPresent(Mutation.class) && method.getReturnType().isRecord()) {
            return refusedPayload(method.getReturnType(), found);
        }
        UserError first = found.get(0);
        throw new BadArgumentException(String.join(".", first.field()) + ": " + first.message());
    }

    /** Adds an error for every bad String under {@code value}. */
    static void check(Object value, InputErrors errors, List<String> path) {
        if (value instanceof String text) {
            if (text.length() > MAX_TEXT) {
                errors.add(UserErrorCode.TOO_LONG, TextInputs.tooLong(MAX_TEXT), path.toArray(String[]::new));
            } else if (text.indexOf('\0') >= 0 || TextInputs.hasControlCharacters(text.trim())) {
                // NUL anywhere (PostgreSQL refuses it in text); other control characters inside the text, as the
                // features see it: they trim, so a tab or newline around a value is theirs to accept or call blank
                errors.add(UserErrorCode.INVALID_VALUE, TextInputs.CONTROL_CHARACTERS, path.toArray(String[]::new));
            }
        } else if (value instanceof List<?> list) {
            for (int i = 0; i < list.size(); i++) {
                if (list.get(i) != null) {
                    check(list.get(i), errors, append(path, String.valueOf(i)));
                }
            }
        } else if (value != null && value.getClass().isAnnotationPresent(Input.class)) {
            for (Field field : INPUT_FIELDS.computeIfAbsent(value.getClass(), TextArgumentGuard::inputFields)) {
                Object fieldValue;
                try {
                    fieldValue = field.get(value);
                } catch (IllegalAccessException e) {
                    throw new IllegalStateException(e);
                }
                if (fieldValue != null) {
                    Name name = field.getAnnotation(Name.class);
                    check(fieldValue, errors, append(path, name == null ? field.getName() : name.value()));
                }
            }
        }
        // enums, numbers, booleans and the Decimal, Date and DateTime scalars (which check their own text) pass
    }

    private static List<Field> inputFields(Class<?> type) {
        List<Field> fields = new ArrayList<>();
        for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
            for (Field field : c.getDeclaredFields()) {
                if (!Modifier.isStatic(field.getModifiers()) && !field.isSynthetic()) {
                    field.setAccessible(true);
                    fields.add(field);
                }
            }
        }
        return fields;
    }

    private static List<String> append(List<String> path, String segment) {
        List<String> longer = new ArrayList<>(path);
        longer.add(segment);
        return longer;
    }

    /**
     * The mutation's payload with only its userErrors: every payload is a record whose other components are the
     * changed object (null here) or counts (0), so it is built the same way for all of them.
     */
    static Object refusedPayload(Class<?> payload, List<UserError> errors) throws ReflectiveOperationException {
        RecordComponent[] components = payload.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] arguments = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            if (components[i].getName().equals("userErrors")) {
                arguments[i] = errors;
            } else if (types[i] == int.class) {
                arguments[i] = 0;
            } else if (types[i] == boolean.class) {
                arguments[i] = false;
            } else if (types[i] == long.class) {
                arguments[i] = 0L;
            }
        }
        return payload.getDeclaredConstructor(types).newInstance(arguments);
    }
}
