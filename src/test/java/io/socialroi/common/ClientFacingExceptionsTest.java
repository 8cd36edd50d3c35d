package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.DataFetcherExceptionHandlerParameters;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.language.SourceLocation;
import graphql.schema.DataFetchingEnvironmentImpl;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.smallrye.graphql.api.ErrorCode;
import io.smallrye.graphql.execution.error.ExceptionHandler;
import io.socialroi.money.MissingExchangeRateException;
import io.socialroi.testing.EmbeddedPostgresTestResource;

/**
 * The client-facing exceptions are listed once, as subclasses of {@link ClientFacingException}: SmallRye GraphQL, with
 * the service's configuration, shows each one's message and code, and hides any other exception's message. Every
 * exception with an {@code @ErrorCode} is one of them.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class ClientFacingExceptionsTest {

    /**
     * The message of the error a resolver throwing {@code failure} answers, as SmallRye makes it (its
     * {@code extensions.code}, the class's {@code @ErrorCode}, is added when the response is written).
     */
    static String answer(Throwable failure) throws Exception {
        var environment = DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
                .mergedField(MergedField.newMergedField(Field.newField("report").sourceLocation(new SourceLocation(1, 3))
                        .build()).build())
                .executionStepInfo(ExecutionStepInfo.newExecutionStepInfo().type(Scalars.GraphQLString)
                        .path(ResultPath.rootPath().segment("report")).build())
                .build();
        var parameters = DataFetcherExceptionHandlerParameters.newExceptionParameters()
                .dataFetchingEnvironment(environment).exception(failure).build();
        GraphQLError error = new ExceptionHandler().handleException(parameters).get().getErrors().get(0);
        return error.getMessage();
    }

    @Test
    void everyCodeShowsItsMessage() throws Exception {
        Map<String, ClientFacingException> byCode = new TreeMap<>(Map.of(
                "BAD_ARGUMENT", new BadArgumentException("first must be between 0 and 100."),
                "FORBIDDEN", new ForbiddenException("No access to workspace \"x\"."),
                "DATABASE_UNAVAILABLE", new DatabaseUnavailableException(),
                "MISSING_EXCHANGE_RATE", new MissingExchangeRateException("USD", "EUR", LocalDate.of(2026, 3, 1)),
                "QUERY_TIMEOUT", new QueryTimeoutException("30s"),
                "INTERNAL_ERROR", new ServerFault("abcd1234")));
        for (var e : byCode.entrySet()) {
            assertEquals(e.getKey(), e.getValue().getClass().getAnnotation(ErrorCode.class).value());
            assertEquals(e.getValue().getMessage(), answer(e.getValue()), e.getKey());
        }
    }

    @Test
    void anyOtherExceptionKeepsItsMessageToItself() throws Exception {
        String message = answer(new IllegalStateException("select * from secret"));
        assertTrue(!message.contains("secret"), message);
    }

    @Test
    void everyExceptionWithAnErrorCodeIsClientFacing() throws Exception {
        Path classes = Path.of(ClientFacingException.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> withCode = new ArrayList<>();
        List<String> wrong = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                String name = classes.relativize(file).toString().replace('/', '.').replaceAll("\\.class$", "");
                Class<?> type = Class.forName(name, false, ClientFacingException.class.getClassLoader());
                boolean coded = type.isAnnotationPresent(ErrorCode.class);
                boolean clientFacing = ClientFacingException.class.isAssignableFrom(type) && type != ClientFacingException.class;
                if (coded) {
                    withCode.add(type.getSimpleName());
                }
                if (coded != clientFacing) {
                    wrong.add(type.getName());
                }
            }
        }
        assertEquals(List.of(), wrong, "an @ErrorCode exception must extend ClientFacingException, and the other way round");
        assertEquals(6, withCode.size(), withCode.toString());
    }
}
