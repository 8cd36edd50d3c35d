package io.socialroi.hostile;

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

/** The cap on workspaces per subject (default 10, counted by creator) and Goal.createdBy for ADMINs only. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresTestResource.class)
class WorkspaceCapAndGoalCreatorTest {

    static final String MAKER = "maker@other.test";
    static final String CREATE = "mutation($s: String!) { createWorkspace(input: {slug: $s, name: \"W\"})"
            + " { workspace { slug } userErrors { field code message } } }";

    @Inject
    TestData data;

    @BeforeEach
    void setUp() {
        data.reset();
    }

    @Test
    void aSubjectCreatesAtMostTenWorkspaces() {
        // being ADMIN of someone else's workspace takes no place: only workspaces the subject created count
        GraphQL.ok("mutation { setWorkspaceMember(input: {subject: \"" + MAKER + "\", role: ADMIN}) { userErrors { code } } }");
        for (int i = 1; i <= 10; i++) {
            assertEquals("w" + i, GraphQL.as(MAKER).ok(CREATE, "s", "w" + i).getString("createWorkspace.workspace.slug"));
        }
        Map<String, String> before = data.fingerprint();
        JsonPath eleventh = GraphQL.as(MAKER).ok(CREATE, "s", "w11");
        assertNull(eleventh.get("createWorkspace.workspace"));
        assertEquals(List.of(Map.of("field", List.of("input"), "code", "LIMIT_REACHED",
                "message", "You have created 10 workspaces, the most one user may create.")),
                eleventh.getList("createWorkspace.userErrors"));
        assertEquals(before, data.fingerprint());
        // another subject is not affected
        assertEquals("mine", GraphQL.as("someone@else.test").ok(CREATE, "s", "mine").getString("createWorkspace.workspace.slug"));
    }

    @Test
    void goalCreatorsAreShownToAdminsOnly() {
        String campaign = TestData.createCampaign("Launch", null, "2026-01-01");
        GraphQL.ok("mutation($c: ID!) { createGoal(input: {name: \"Revenue\", campaignId: $c, metric: \"REVENUE\", target: \"10\","
                + " deadline: \"2099-12-31\"}) { userErrors { code } } }", "c", campaign);
        for (String role : List.of("VIEWER", "ANALYST")) {
            GraphQL.ok("mutation { setWorkspaceMember(input: {subject: \"" + role + "@x.test\", role: " + role + "}) { userErrors { code } } }");
        }
        String query = "{ goals { name createdBy } campaigns(first: 1) { nodes { goals { createdBy } } } }";
        JsonPath admin = GraphQL.ok(query);
        assertEquals(Tokens.TESTER, admin.getString("goals[0].createdBy"));
        assertEquals(Tokens.TESTER, admin.getString("campaigns.nodes[0].goals[0].createdBy"));
        for (String role : List.of("VIEWER", "ANALYST")) {
            JsonPath member = GraphQL.as(role + "@x.test").ok(query); // no error: the goal loads, without its creator
            assertEquals("Revenue", member.getString("goals[0].name"), role);
            assertNull(member.get("goals[0].createdBy"), role);
            assertNull(member.get("campaigns.nodes[0].goals[0].createdBy"), role);
        }
    }
}
