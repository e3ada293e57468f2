package io.billingconsole.web;

import io.quarkus.smallrye.openapi.OpenApiFilter;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.headers.Header;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Makes /q/openapi the contract of the JSON API as it behaves, so that a client can be generated
 * from it (checked by shared.OpenApiTest):
 * <ul>
 * <li>only the {@code /api/v1} paths; the HTML pages and their schemas are dropped;</li>
 * <li>HTTP Basic as the security requirement of every operation;</li>
 * <li>the refusals every operation can answer, each with the {@code {code, message}} body
 * ({@link io.billingconsole.shared.ApiError}): 400 (bad input or a refused rule), 403 (wrong role),
 * 429 (login throttled, with Retry-After), 404 on a path with an id, 409 on a change (the state does
 * not allow it); and 401 (no or wrong credentials), which has no body, only WWW-Authenticate;</li>
 * <li>a {@code servers} entry: {@code billing.api.server-url}, by default the console address
 * {@code billing.mail.console-url} — read when the application starts (stage RUN).</li>
 * </ul>
 * Money is a string ({@code mp.openapi.schema.io.billingconsole.shared.Money} in application.properties)
 * and the operation ids come from {@code quarkus.smallrye-openapi.operation-id-strategy}.
 */
@OpenApiFilter(OpenApiFilter.RunStage.RUN)
public class ApiContractFilter implements OASFilter {

    public static final String API_PREFIX = "/api/v1/";
    static final String ERROR_SCHEMA = "ApiError";
    private static final String SCHEMA_REF = "#/components/schemas/";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (String path : List.copyOf(openAPI.getPaths().getPathItems().keySet())) {
                if (!path.startsWith(API_PREFIX)) {
                    openAPI.getPaths().removePathItem(path);
                }
            }
        }
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        openAPI.getComponents().addSchema(ERROR_SCHEMA, errorSchema());
        String scheme = securityScheme(openAPI);
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            openAPI.getPaths().getPathItems().forEach((path, item) -> item.getOperations()
                    .forEach((method, operation) -> complete(path, method, operation, scheme)));
        }
        dropUnusedSchemas(openAPI);
        openAPI.setServers(List.of(OASFactory.createServer().url(serverUrl())
                .description("the billing console")));
    }

    private static void complete(String path, PathItem.HttpMethod method, Operation operation, String scheme) {
        operation.setSecurity(List.of(OASFactory.createSecurityRequirement().addScheme(scheme)));
        APIResponses responses = operation.getResponses();
        if (responses == null) {
            responses = OASFactory.createAPIResponses();
            operation.setResponses(responses);
        }
        error(responses, "400", "Bad input or a refused rule");
        // the challenge of the authentication mechanism: a header, no body
        responses.addAPIResponse("401", OASFactory.createAPIResponse()
                .description("No or wrong credentials: log in with HTTP Basic")
                .addHeader("WWW-Authenticate",
                        header("Basic realm=\"billing-console\"", Schema.SchemaType.STRING)));
        error(responses, "403", "The user's role may not do this");
        if (path.contains("{")) {
            error(responses, "404", "Not found (or not yours)");
        }
        if (method != PathItem.HttpMethod.GET) {
            error(responses, "409", "The current state does not allow it");
        }
        error(responses, "429", "Too many failed logins: wait as told by Retry-After");
        responses.getAPIResponse("429").addHeader("Retry-After",
                header("Seconds to wait before the next login", Schema.SchemaType.INTEGER));
    }

    private static Header header(String description, Schema.SchemaType type) {
        return OASFactory.createHeader().description(description).schema(OASFactory.createSchema().addType(type));
    }

    private static void error(APIResponses responses, String status, String description) {
        Content content = OASFactory.createContent().addMediaType("application/json",
                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(ERROR_SCHEMA)));
        if (responses.hasAPIResponse(status)) {
            var existing = responses.getAPIResponse(status);
            if (existing.getContent() == null || existing.getContent().getMediaTypes() == null
                    || existing.getContent().getMediaTypes().isEmpty()) {
                existing.setContent(content);
            }
            return;
        }
        responses.addAPIResponse(status, OASFactory.createAPIResponse().description(description).content(content));
    }

    private static Schema errorSchema() {
        return OASFactory.createSchema()
                .description("The body of every API refusal")
                .addType(Schema.SchemaType.OBJECT)
                .addProperty("code", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("A stable error code for programs, e.g. INSUFFICIENT_FUNDS")
                        .examples(List.of("INVALID_INPUT")))
                .addProperty("message", OASFactory.createSchema().addType(Schema.SchemaType.STRING)
                        .description("The reason for people, in the request's language (Accept-Language)"))
                .required(List.of("code", "message"));
    }

    /** The scheme the extension declares (quarkus.smallrye-openapi.security-scheme=basic). */
    private static String securityScheme(OpenAPI openAPI) {
        if (openAPI.getComponents().getSecuritySchemes() != null) {
            for (var entry : openAPI.getComponents().getSecuritySchemes().entrySet()) {
                if ("basic".equalsIgnoreCase(entry.getValue().getScheme())) {
                    return entry.getKey();
                }
            }
        }
        openAPI.getComponents().addSecurityScheme("basicAuth", OASFactory.createSecurityScheme()
                .type(org.eclipse.microprofile.openapi.models.security.SecurityScheme.Type.HTTP).scheme("basic"));
        return "basicAuth";
    }

    private static String serverUrl() {
        var config = ConfigProvider.getConfig();
        String url = config.getOptionalValue("billing.api.server-url", String.class)
                .or(() -> config.getOptionalValue("billing.mail.console-url", String.class))
                .orElse("/");
        return url.endsWith("/") && url.length() > 1 ? url.substring(0, url.length() - 1) : url;
    }

    /** Schemas used only by the dropped pages would be noise (and linter warnings). */
    private static void dropUnusedSchemas(OpenAPI openAPI) {
        Map<String, Schema> schemas = openAPI.getComponents().getSchemas();
        if (schemas == null) {
            return;
        }
        Set<String> used = new HashSet<>();
        Deque<Schema> todo = new ArrayDeque<>();
        if (openAPI.getPaths() != null && openAPI.getPaths().getPathItems() != null) {
            for (PathItem item : openAPI.getPaths().getPathItems().values()) {
                if (item.getParameters() != null) {
                    item.getParameters().forEach(p -> push(todo, p.getSchema()));
                }
                for (Operation operation : item.getOperations().values()) {
                    if (operation.getParameters() != null) {
                        operation.getParameters().forEach(p -> push(todo, p.getSchema()));
                    }
                    if (operation.getRequestBody() != null) {
                        pushContent(todo, operation.getRequestBody().getContent());
                    }
                    if (operation.getResponses() != null && operation.getResponses().getAPIResponses() != null) {
                        operation.getResponses().getAPIResponses().values()
                                .forEach(r -> pushContent(todo, r.getContent()));
                    }
                }
            }
        }
        while (!todo.isEmpty()) {
            Schema schema = todo.pop();
            if (schema.getRef() != null && schema.getRef().startsWith(SCHEMA_REF)) {
                String name = schema.getRef().substring(SCHEMA_REF.length());
                if (used.add(name)) {
                    push(todo, schemas.get(name));
                }
            }
            if (schema.getProperties() != null) {
                schema.getProperties().values().forEach(s -> push(todo, s));
            }
            push(todo, schema.getItems());
            push(todo, schema.getAdditionalPropertiesSchema());
            push(todo, schema.getNot());
            for (List<Schema> list : java.util.Arrays.asList(schema.getAllOf(), schema.getAnyOf(), schema.getOneOf())) {
                if (list != null) {
                    list.forEach(s -> push(todo, s));
                }
            }
        }
        for (String name : List.copyOf(schemas.keySet())) {
            if (!used.contains(name)) {
                openAPI.getComponents().removeSchema(name);
            }
        }
    }

    private static void pushContent(Deque<Schema> todo, Content content) {
        if (content != null && content.getMediaTypes() != null) {
            for (MediaType type : content.getMediaTypes().values()) {
                push(todo, type.getSchema());
            }
        }
    }

    private static void push(Deque<Schema> todo, Schema schema) {
        if (schema != null) {
            todo.push(schema);
        }
    }
}
