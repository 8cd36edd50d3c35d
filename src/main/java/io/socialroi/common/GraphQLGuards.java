package io.socialroi.common;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import org.eclipse.microprofile.config.ConfigProvider;

import graphql.ExceptionWhileDataFetching;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.execution.AbortExecutionException;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.SimplePerformantInstrumentation;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.validation.ValidationError;
import io.smallrye.graphql.spi.EventingService;

/**
 * Adds two guards to the GraphQL engine SmallRye builds (registered through the EventingService SPI, its one
 * hook on the engine): the weighted complexity limit ({@link FieldWeights}; SmallRye's own limit counts every
 * field as 1, so 500 aliased reports fit) and the cut of every value graphql-java echoes in its error messages
 * ({@link Echo}). SmallRye's instrumentations (depth limit, query cache) stay, ahead of ours.
 */
public class GraphQLGuards implements EventingService {

    /** The complexity limit, in weight points (SOCIAL_ROI_GRAPHQL_MAX_COMPLEXITY). */
    static final String MAX_COMPLEXITY = "social-roi.graphql.max-complexity";

    @Override
    public String getConfigKey() {
        return null; // always on
    }

    @Override
    public GraphQL.Builder beforeGraphQLBuild(GraphQL.Builder builder) {
        Instrumentation smallrye = builder.build().getInstrumentation();
        int max = ConfigProvider.getConfig().getOptionalValue(MAX_COMPLEXITY, Integer.class).orElse(1000);
        return builder.instrumentation(new ChainedInstrumentation(List.of(smallrye, new WeightedComplexity(max), new ErrorEchoes())));
    }

    /** graphql-java's complexity limit with {@link FieldWeights} and a refusal that says what to do. */
    static final class WeightedComplexity extends MaxQueryComplexityInstrumentation {

        WeightedComplexity(int max) {
            super(max, (environment, childComplexity) -> FieldWeights.weight(environment.getParentType().getName(),
                    environment.getFieldDefinition().getName(), environment.getArguments()) + childComplexity);
        }

        @Override
        protected AbortExecutionException mkAbortException(int totalComplexity, int maxComplexity) {
            return new AbortExecutionException("maximum query complexity exceeded " + totalComplexity + " > " + maxComplexity
                    + ": a report (channelPerformance, attributionComparison per model, Campaign.roi, timeSeries, …) weighs "
                    + FieldWeights.REPORT + ", an aggregate (totalCost, engagement, serviceSavings, …) " + FieldWeights.AGGREGATE
                    + ", any other field 1 (see docs/limits.md). Ask for fewer reports in one request.");
        }
    }

    /**
     * Cuts the values graphql-java repeats in validation and coercion errors ("Variable 'x' has an invalid value:
     * …"), whatever their size. Errors of resolvers (ExceptionWhileDataFetching) keep their exception, from which
     * SmallRye reads the code; their messages are built by the service, which cuts its echoes itself.
     */
    static final class ErrorEchoes extends SimplePerformantInstrumentation {

        @Override
        public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
                InstrumentationExecutionParameters parameters, InstrumentationState state) {
            if (result.getErrors().isEmpty()) {
                return CompletableFuture.completedFuture(result);
            }
            List<GraphQLError> errors = new ArrayList<>(result.getErrors().size());
            for (GraphQLError error : result.getErrors()) {
                errors.add(shortened(error));
            }
            return CompletableFuture.completedFuture(result.transform(b -> b.errors(errors)));
        }

        static GraphQLError shortened(GraphQLError error) {
            if (error instanceof ExceptionWhileDataFetching) {
                return error;
            }
            String message = Echo.message(error.getMessage());
            if (java.util.Objects.equals(message, error.getMessage()) && !longSegment(error.getPath())
                    && !(error instanceof ValidationError v && longSegment(v.getQueryPath()))) {
                return error; // nothing to cut: the error keeps its own type
            }
            if (error instanceof ValidationError validation) {
                // queryPath repeats field names and aliases as sent: a 100,000-character alias is a value too
                List<String> queryPath = validation.getQueryPath() == null ? null
                        : validation.getQueryPath().stream().map(Echo::of).toList();
                return ValidationError.newValidationError().validationErrorType(validation.getValidationErrorType())
                        .description(message).sourceLocations(validation.getLocations())
                        .queryPath(queryPath).extensions(validation.getExtensions()).build();
            }
            List<Object> path = error.getPath() == null ? null
                    : error.getPath().stream().map(p -> p instanceof String s ? (Object) Echo.of(s) : p).toList();
            return GraphqlErrorBuilder.newError().message(message == null ? "" : message).locations(error.getLocations())
                    .path(path).errorType(error.getErrorType()).extensions(error.getExtensions()).build();
        }

        private static boolean longSegment(List<?> path) {
            return path != null && path.stream().anyMatch(p -> p instanceof String s && s.length() > Echo.MAX);
        }
    }
}
