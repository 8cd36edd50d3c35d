package io.socialroi.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import io.socialroi.testing.EmbeddedPostgresTestResource;
import io.socialroi.testing.GraphQL;
import io.socialroi.testing.TestData;
import io.socialroi.testing.Tokens;

/** Creating workspaces, choosing one per request, managing members and roles; and who created what. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WorkspaceMembersGraphQLTest {

    static final String ALICE = "alice@agency.test";
    static final String BOB = "bob@agency.test";

    static final String CREATE = """
            mutation($i: CreateWorkspaceInput!) {
              createWorkspace(input: $i) { workspace { slug name reportingCurrency } userErrors { code field message } }
            }""";
    static final String SET = """
            mutation($i: SetWorkspaceMemberInput!) {
              setWorkspaceMember(input: $i) { member { subject role } userErrors { code field message } }
            }""";
    static final String REMOVE = """
            mutation($i: RemoveWorkspaceMemberInput!) {
              removeWorkspaceMember(input: $i) { removedSubject userErrors { code field message } }
            }""";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    @Test
    void theCreatorOfAWorkspaceIsItsAdminAndWorksInItByHeader() {
        JsonPath created = GraphQL.as(ALICE).ok(CREATE, "i", Map.of("slug", "brand-a", "name", "Brand A",
                "reportingCurrency", "USD"));
        assertEquals(Map.of("slug", "brand-a", "name", "Brand A", "reportingCurrency", "USD"),
                created.getMap("createWorkspace.workspace"));
        assertEquals(List.of(Map.of("role", "ADMIN", "workspace", Map.of("slug", "brand-a"))),
                GraphQL.as(ALICE).ok("{ myWorkspaces { role workspace { slug } } }").getList("myWorkspaces"));
        // her only workspace is her current one without a header
        assertEquals("brand-a", GraphQL.as(ALICE).ok("{ workspace { slug } }").getString("workspace.slug"));

        // a second one: now the header decides
        GraphQL.as(ALICE).ok(CREATE, "i", Map.of("slug", "brand-b", "name", "Brand B"));
        JsonPath ambiguous = GraphQL.as(ALICE).post("{ workspace { slug } }");
        assertEquals("FORBIDDEN", ambiguous.getString("errors[0].extensions.code"));
        assertEquals("You belong to several workspaces: name one in the X-Workspace header (its slug).",
                ambiguous.getString("errors[0].message"));
        assertEquals("brand-b", GraphQL.as(ALICE).in("brand-b").ok("{ workspace { slug } }").getString("workspace.slug"));

        // what she records in brand-b stays there
        GraphQL.as(ALICE).in("brand-b").ok("mutation { createChannel(input: {name: \"Instagram\", kind: SOCIAL}) { userErrors { code } } }");
        assertEquals(1, GraphQL.as(ALICE).in("brand-b").ok("{ channels { name } }").getList("channels").size());
        assertEquals(0, GraphQL.as(ALICE).in("brand-a").ok("{ channels { name } }").getList("channels").size());
        assertEquals(0, GraphQL.ok("{ channels { name } }").getList("channels").size());
    }

    @Test
    void badWorkspaceInputIsAUserErrorAndCreatesNothing() {
        GraphQL.as(ALICE).ok(CREATE, "i", Map.of("slug", "brand-a", "name", "Brand A"));
        long before = data.count("workspace");
        JsonPath taken = GraphQL.as(BOB).ok(CREATE, "i", Map.of("slug", "brand-a", "name", "Mine"));
        assertEquals(List.of(Map.of("code", "SLUG_TAKEN", "field", List.of("input", "slug"),
                "message", "The slug 'brand-a' is taken.")), taken.getList("createWorkspace.userErrors"));
        JsonPath invalid = GraphQL.as(BOB).ok(CREATE, "i", Map.of("slug", "Brand A!", "name", " ", "reportingCurrency", "XXX"));
        assertEquals(List.of("INVALID_VALUE", "REQUIRED", "INVALID_CURRENCY"),
                invalid.getList("createWorkspace.userErrors.code"));
        assertNull(invalid.get("createWorkspace.workspace"));
        assertEquals(before, data.count("workspace"));
        assertEquals(List.of(), GraphQL.as(BOB).ok("{ myWorkspaces { role } }").getList("myWorkspaces"));
    }

    @Test
    void anAdminManagesMembersAndTheLastAdminStays() {
        assertEquals(Map.of("subject", BOB, "role", "VIEWER"),
                GraphQL.ok(SET, "i", Map.of("subject", BOB, "role", "VIEWER")).getMap("setWorkspaceMember.member"));
        assertEquals("default", GraphQL.as(BOB).ok("{ workspace { slug } }").getString("workspace.slug"));
        assertEquals(Map.of("subject", BOB, "role", "ANALYST"),
                GraphQL.ok(SET, "i", Map.of("subject", BOB, "role", "ANALYST")).getMap("setWorkspaceMember.member"));
        assertEquals(List.of(Map.of("subject", BOB, "role", "ANALYST"), Map.of("subject", Tokens.TESTER, "role", "ADMIN")),
                GraphQL.ok("{ workspaceMembers { subject role } }").getList("workspaceMembers"));

        // the only ADMIN can neither step down nor leave
        JsonPath demote = GraphQL.ok(SET, "i", Map.of("subject", Tokens.TESTER, "role", "VIEWER"));
        assertEquals(List.of("LAST_ADMIN"), demote.getList("setWorkspaceMember.userErrors.code"));
        JsonPath leave = GraphQL.ok(REMOVE, "i", Map.of("subject", Tokens.TESTER));
        assertEquals(List.of("LAST_ADMIN"), leave.getList("removeWorkspaceMember.userErrors.code"));
        JsonPath unknown = GraphQL.ok(REMOVE, "i", Map.of("subject", "nobody@x.test"));
        assertEquals(List.of("NOT_FOUND"), unknown.getList("removeWorkspaceMember.userErrors.code"));

        assertEquals(BOB, GraphQL.ok(REMOVE, "i", Map.of("subject", BOB)).getString("removeWorkspaceMember.removedSubject"));
        JsonPath gone = GraphQL.as(BOB).post("{ workspace { slug } }");
        assertEquals("FORBIDDEN", gone.getString("errors[0].extensions.code"));
        assertEquals("You are not a member of any workspace: create one (createWorkspace) or ask an ADMIN to add you.",
                gone.getString("errors[0].message"));
    }

    @Test
    void aWorkspaceNamedButNotJoinedIsRefusedLikeOneThatDoesNotExist() {
        GraphQL.as(ALICE).ok(CREATE, "i", Map.of("slug", "brand-a", "name", "Brand A"));
        JsonPath existing = GraphQL.as(BOB).in("brand-a").post("{ workspace { name } }");
        JsonPath missing = GraphQL.as(BOB).in("no-such").post("{ workspace { name } }");
        assertEquals("You are not a member of workspace 'brand-a'.", existing.getString("errors[0].message"));
        assertEquals("You are not a member of workspace 'no-such'.", missing.getString("errors[0].message"));
        assertNull(existing.get("data"));
    }

    @Test
    void everyRecordedItemKeepsItsCreator() {
        GraphQL.ok(SET, "i", Map.of("subject", BOB, "role", "ANALYST"));
        String channel = TestData.createChannel("Instagram", "SOCIAL"); // by the tester
        GraphQL.as(BOB).ok("mutation($ch: ID!) { recordTouchpoints(input: [{personKey: \"p1\","
                + " occurredAt: \"2026-03-01T10:00:00Z\", channelId: $ch, mediaType: PAID}]) { accepted } }", "ch", channel);
        assertEquals(Tokens.TESTER, data.scalar("select created_by from channel"));
        assertEquals(BOB, data.scalar("select created_by from touchpoint"));
        assertEquals("true", data.scalar("select (created_at > now() - interval '1 minute')::text from touchpoint"));
    }
}
