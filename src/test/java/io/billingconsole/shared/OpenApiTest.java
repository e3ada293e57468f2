package io.billingconsole.shared;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.billingconsole.account.Role;
import io.billingconsole.support.Api;
import io.billingconsole.support.ConsoleSession;
import io.billingconsole.support.Fixtures;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Provisioning systems find the API described at /q/openapi — as operators by default
 * ({@code billing.api.public-openapi=false}); the public setting is tested in web.StrictSettingsTest.
 * The description is a contract a client is generated from (issue 8): only the JSON API, money as
 * a string, an id, Basic auth and the {code, message} refusals on every operation.
 */
@QuarkusTest
class OpenApiTest {

    private static final String MONEY_PATTERN = "^-?\\d{1,13}\\.\\d{2}$";
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "patch", "head", "options");

    @Inject
    Fixtures fixtures;

    @Test
    void describesTheApi() {
        String operator = fixtures.staff(Role.OPERATOR);
        Api.as(operator).get("/q/openapi").then().statusCode(200)
                .body(containsString("/api/v1/renewals"))
                .body(containsString("/api/v1/orders/{id}/pay"))
                .body(containsString("/api/v1/admin/resources"))
                .body(containsString("basic"));
    }

    private JsonNode document() throws Exception {
        String operator = fixtures.staff(Role.OPERATOR);
        String json = Api.as(operator).get("/q/openapi?format=json").then().statusCode(200).extract().asString();
        // kept for a look by hand or a linter (npx @redocly/cli lint target/openapi.json)
        Files.writeString(Path.of("target", "openapi.json"), json);
        return new ObjectMapper().readTree(json);
    }

    @Test
    void listsOnlyTheJsonApi() throws Exception {
        JsonNode paths = document().path("paths");
        List<String> names = new ArrayList<>();
        paths.fieldNames().forEachRemaining(names::add);
        assertTrue(names.size() >= 20, names.toString());
        for (String name : names) {
            assertTrue(name.startsWith("/api/v1/"), "not an API path: " + name);
        }
        assertTrue(names.contains("/api/v1/account"), names.toString());
        assertFalse(names.contains("/login"));
        assertFalse(names.contains("/"));
    }

    @Test
    void everyOperationHasAnIdBasicAuthAndItsRefusals() throws Exception {
        JsonNode doc = document();
        Set<String> ids = new HashSet<>();
        int operations = 0;
        for (Map.Entry<String, JsonNode> path : entries(doc.path("paths"))) {
            for (Map.Entry<String, JsonNode> op : entries(path.getValue())) {
                if (!METHODS.contains(op.getKey())) {
                    continue;
                }
                operations++;
                String where = op.getKey().toUpperCase() + " " + path.getKey();
                JsonNode operation = op.getValue();
                String id = operation.path("operationId").asText("");
                assertFalse(id.isBlank(), where + " has no operationId");
                assertTrue(ids.add(id), where + " repeats the operationId " + id);

                JsonNode security = operation.path("security");
                assertTrue(security.isArray() && security.size() == 1, where + " security " + security);
                String scheme = security.get(0).fieldNames().next();
                assertEquals("basic", doc.path("components").path("securitySchemes").path(scheme).path("scheme")
                        .asText(), where);

                for (Map.Entry<String, JsonNode> answer : entries(operation.path("responses"))) {
                    // a success with a body names its schema (an untyped Response would show "{}")
                    JsonNode body = answer.getValue().path("content").path("application/json");
                    if (answer.getKey().startsWith("2") && !body.isMissingNode()) {
                        assertFalse(body.path("schema").isEmpty(), where + " answers " + answer.getKey()
                                + " with an undescribed body");
                    }
                }
                JsonNode unauthorized = operation.path("responses").path("401");
                assertFalse(unauthorized.path("headers").path("WWW-Authenticate").isMissingNode(), where + " 401");
                assertTrue(unauthorized.path("content").isMissingNode(), where + ": a 401 has no body");
                assertFalse(operation.path("responses").path("429").path("headers").path("Retry-After").isMissingNode(),
                        where + " 429");
                List<String> refusals = new ArrayList<>(List.of("400", "403", "429"));
                if (path.getKey().contains("{")) {
                    refusals.add("404");
                }
                if (!op.getKey().equals("get")) {
                    refusals.add("409");
                }
                for (String status : refusals) {
                    JsonNode schema = operation.path("responses").path(status).path("content")
                            .path("application/json").path("schema");
                    assertEquals("#/components/schemas/ApiError", schema.path("$ref").asText(),
                            where + " answers " + status + " without the error body");
                }
            }
        }
        assertTrue(operations >= 30, "operations: " + operations);
        JsonNode error = doc.path("components").path("schemas").path("ApiError");
        assertEquals("object", typeOf(error));
        assertEquals("string", typeOf(error.path("properties").path("code")));
        assertEquals("string", typeOf(error.path("properties").path("message")));
    }

    @Test
    void moneyIsAStringWithTwoDecimals() throws Exception {
        JsonNode doc = document();
        JsonNode schemas = doc.path("components").path("schemas");
        JsonNode money = schemas.path("Money");
        assertEquals("string", typeOf(money), money.toString());
        assertEquals(MONEY_PATTERN, money.path("pattern").asText());

        // every property that carries money: a reference to Money, or a string with its pattern;
        // and no schema is the old object form {fen, positive, negative, zero}
        Set<String> moneyFields = new TreeSet<>();
        for (Map.Entry<String, JsonNode> schema : entries(schemas)) {
            assertTrue(schema.getValue().path("properties").path("fen").isMissingNode(),
                    schema.getKey() + " shows money as an object");
            for (Map.Entry<String, JsonNode> property : entries(schema.getValue().path("properties"))) {
                JsonNode resolved = resolve(doc, property.getValue());
                if (isMoneyRef(property.getValue()) || MONEY_PATTERN.equals(resolved.path("pattern").asText())) {
                    assertEquals("string", typeOf(resolved), schema.getKey() + "." + property.getKey());
                    assertEquals(MONEY_PATTERN, resolved.path("pattern").asText());
                    moneyFields.add(schema.getKey() + "." + property.getKey());
                }
            }
        }
        for (String field : List.of("AccountJson.cashBalance", "AccountJson.creditLine", "Credit.amount",
                "CreditRecorded.cashBalance", "CreditLine.creditLine", "NewVoucher.amount", "VoucherJson.faceValue",
                "OrderJson.amount")) {
            assertTrue(moneyFields.contains(field), field + " is not described as money: " + moneyFields);
        }

        // and the pattern matches what the API really sends
        Fixtures.Customer customer = fixtures.customer("1234.5");
        String cash = Api.as(customer).get("/api/v1/account").then().statusCode(200)
                .extract().path("cashBalance");
        assertEquals("1234.50", cash);
        assertTrue(Pattern.compile(MONEY_PATTERN).matcher(cash).matches());
    }

    @Test
    void momentsEnumsAndServers() throws Exception {
        JsonNode doc = document();
        JsonNode schemas = doc.path("components").path("schemas");
        JsonNode at = resolve(doc, schemas.path("AuditJson").path("properties").path("at"));
        assertEquals("date-time", at.path("format").asText(), at.toString());
        JsonNode status = resolve(doc, schemas.path("OrderJson").path("properties").path("status"));
        List<String> values = new ArrayList<>();
        status.path("enum").forEach(v -> values.add(v.asText()));
        assertTrue(values.containsAll(List.of("UNPAID", "PAID", "VOIDED")), status.toString());
        assertEquals("http://localhost:8080", doc.path("servers").path(0).path("url").asText());
    }

    private static boolean isMoneyRef(JsonNode schema) {
        if ("#/components/schemas/Money".equals(schema.path("$ref").asText())) {
            return true;
        }
        for (JsonNode part : schema.path("allOf")) {
            if (isMoneyRef(part)) {
                return true;
            }
        }
        return false;
    }

    /** Follows a $ref (also inside a one-element allOf, as smallrye writes a described reference). */
    private static JsonNode resolve(JsonNode doc, JsonNode schema) {
        String ref = schema.path("$ref").asText("");
        if (ref.isEmpty() && schema.path("allOf").size() == 1) {
            ref = schema.path("allOf").get(0).path("$ref").asText("");
        }
        if (ref.startsWith("#/components/schemas/")) {
            JsonNode target = doc.path("components").path("schemas")
                    .path(ref.substring("#/components/schemas/".length()));
            assertFalse(target.isMissingNode(), "dangling " + ref);
            return resolve(doc, target);
        }
        return schema;
    }

    private static String typeOf(JsonNode schema) {
        JsonNode type = schema.path("type");
        return type.isArray() ? (type.size() == 1 ? type.get(0).asText() : type.toString()) : type.asText();
    }

    private static List<Map.Entry<String, JsonNode>> entries(JsonNode node) {
        List<Map.Entry<String, JsonNode>> list = new ArrayList<>();
        node.fields().forEachRemaining(list::add);
        return list;
    }

    @Test
    void theDescriptionIsForOperatorsOnlyByDefault() {
        for (String path : new String[]{"/q/openapi", "/q/openapi?format=json", "/q/openapi.json", "/q/openapi.yaml",
                "/q/openapi.yml"}) {
            RestAssured.given().accept("application/json").get(path).then().statusCode(401)
                    .header("WWW-Authenticate", "Basic realm=\"billing-console\"");
        }
        Fixtures.Customer customer = fixtures.customer("0");
        Api.as(customer).get("/q/openapi").then().statusCode(403);
        Api.as(fixtures.staff(Role.FINANCE)).get("/q/openapi").then().statusCode(403);
        // like the API, the description takes HTTP Basic only: a console session is not enough
        String operator = fixtures.staff(Role.OPERATOR);
        assertEquals(401, ConsoleSession.loggedIn(operator, Fixtures.PASSWORD).get("/q/openapi").statusCode());
    }

    @Test
    void reportsHealth() {
        RestAssured.given().get("/q/health/ready").then().statusCode(200).body(containsString("UP"));
    }
}
