package io.mentorbot.web.graphql;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.analysis.FieldComplexityCalculator;
import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLScalarType;
import io.mentorbot.web.ApiException;
import io.mentorbot.web.InvalidArgument;
import io.mentorbot.web.Problems;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The graph's limits and its errors: queries deeper than {@value #MAX_DEPTH} or costlier than
 * {@value #MAX_COMPLEXITY} are refused before they run (a list field costs its children times its {@code first});
 * a refusal is a classified error with the REST API's problem type and a text in the caller's language, and anything
 * unexpected an {@code INTERNAL_ERROR} without detail.
 */
@Configuration(proxyBeanMethods = false)
class GraphQlSetup {

    static final int MAX_DEPTH = 10;
    static final int MAX_COMPLEXITY = 500;
    /** What a field with free times costs: a range can list many. */
    static final int FREE_TIMES_WEIGHT = 20;

    @Bean
    MaxQueryDepthInstrumentation graphQlMaxDepth() {
        return new MaxQueryDepthInstrumentation(MAX_DEPTH);
    }

    @Bean
    MaxQueryComplexityInstrumentation graphQlMaxComplexity() {
        FieldComplexityCalculator cost = (field, children) -> {
            Object first = field.getArguments().get("first");
            int times = first instanceof Integer n ? Math.max(1, n)
                    : "slots".equals(field.getField().getName()) ? FREE_TIMES_WEIGHT : 1;
            return 1 + times * children;
        };
        return new MaxQueryComplexityInstrumentation(MAX_COMPLEXITY, cost);
    }

    @Bean
    RuntimeWiringConfigurer graphQlScalars() {
        return wiring -> wiring.scalar(GraphQLScalarType.newScalar().name("Instant")
                .description("An ISO-8601 instant in UTC").coercing(new InstantCoercing()).build());
    }

    @Bean
    DataFetcherExceptionResolverAdapter graphQlRefusals(Problems problems, MessageSource messages) {
        return new DataFetcherExceptionResolverAdapter() {
            @Override
            protected GraphQLError resolveToSingleError(Throwable failure, DataFetchingEnvironment env) {
                Locale locale = env.getLocale() == null ? Locale.ENGLISH : env.getLocale();
                if (failure instanceof ApiException refusal) {
                    String detail = problems.of(refusal.status(), refusal.name(), locale, refusal.args()).getDetail();
                    return GraphqlErrorBuilder.newError(env).errorType(errorType(refusal)).message(detail)
                            .extensions(Map.of("type", Problems.type(refusal.name()).toString())).build();
                }
                if (failure instanceof InvalidArgument bad) {
                    String why = messages.getMessage(bad.messageCode(), bad.args(), bad.messageCode(), locale);
                    return GraphqlErrorBuilder.newError(env).errorType(ErrorType.BAD_REQUEST)
                            .message(bad.field() + ": " + why)
                            .extensions(Map.of("type", Problems.type("invalid-request").toString(),
                                    "field", bad.field()))
                            .build();
                }
                return null; // unexpected: Spring answers INTERNAL_ERROR with no detail, and logs it
            }
        };
    }

    private static ErrorType errorType(ApiException refusal) {
        return switch (refusal.status()) {
            case UNAUTHORIZED -> ErrorType.UNAUTHORIZED;
            case FORBIDDEN -> ErrorType.FORBIDDEN;
            case NOT_FOUND -> ErrorType.NOT_FOUND;
            case BAD_REQUEST -> ErrorType.BAD_REQUEST;
            default -> ErrorType.BAD_REQUEST;
        };
    }

    /** Instants as ISO-8601 strings in UTC. */
    static final class InstantCoercing implements Coercing<Instant, String> {

        @Override
        public String serialize(Object value, GraphQLContext context, Locale locale) {
            if (value instanceof Instant instant) {
                return instant.toString();
            }
            throw new CoercingSerializeException("Not an instant");
        }

        @Override
        public Instant parseValue(Object input, GraphQLContext context, Locale locale) {
            try {
                return Instant.parse(String.valueOf(input));
            } catch (DateTimeParseException bad) {
                throw new CoercingParseValueException("Expected an ISO-8601 instant such as 2027-03-20T16:00:00Z");
            }
        }

        @Override
        public Instant parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
                                    Locale locale) {
            if (input instanceof StringValue text) {
                try {
                    return Instant.parse(text.getValue());
                } catch (DateTimeParseException bad) {
                    // told below
                }
            }
            throw new CoercingParseLiteralException("Expected an ISO-8601 instant such as 2027-03-20T16:00:00Z");
        }
    }
}
