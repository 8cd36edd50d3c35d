package io.socialroi.common;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.socialroi.testing.EmbeddedPostgresTestResource;

/**
 * One persistence rule (design.md): every table Flyway owns is mapped by an entity, so Hibernate's schema
 * validation at start covers all of them. The tables are read from the catalog, so a new migration's table
 * without an entity fails here.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class EveryTableMappedTest {

    @Inject
    EntityManager em;

    @Test
    void everyTableFlywayOwnsIsAnEntity() {
        @SuppressWarnings("unchecked")
        List<String> tables = em.createNativeQuery("""
                select tablename from pg_tables
                where schemaname = current_schema() and tablename <> 'flyway_schema_history'
                order by tablename""", String.class).getResultList();
        Set<String> mapped = new TreeSet<>();
        for (EntityType<?> entity : em.getMetamodel().getEntities()) {
            Table table = entity.getJavaType().getAnnotation(Table.class);
            mapped.add(table == null ? entity.getName() : table.name());
        }
        assertTrue(tables.size() >= 18, "the catalog lists the schema's tables: " + tables);
        Set<String> unmapped = new TreeSet<>(tables);
        unmapped.removeAll(mapped);
        assertEquals(Set.of(), unmapped, "tables without an entity (Hibernate validates only mapped tables)");
        Set<String> unknown = new TreeSet<>(mapped);
        unknown.removeAll(tables);
        assertEquals(Set.of(), unknown, "entities without a table");
    }
}
