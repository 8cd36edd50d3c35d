package io.socialroi.common;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/**
 * The limits that guard the service against hostile or careless requests ({@code social-roi.*}). The GraphQL
 * complexity limit (social-roi.graphql.max-complexity) is not here: {@link GraphQLGuards} is a service SmallRye loads
 * outside CDI, and reading a mapping there (through ConfigProvider or Arc) failed every request after an application
 * restart in the test JVM (DatabaseRecoveryTest, then GraphQLLimitsTest), so it keeps reading the key itself.
 */
@ConfigMapping(prefix = "social-roi")
public interface GuardsConfig {

    /**
     * PostgreSQL cancels a statement running longer (a PostgreSQL time value such as 30s; social-roi.statement-timeout,
     * also applied to every connection by quarkus.datasource.jdbc.new-connection-sql). Named in QUERY_TIMEOUT's message.
     */
    @WithDefault("30s")
    String statementTimeout();
}
