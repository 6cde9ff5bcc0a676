package org.blueledger.platform.rest;

import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.Content;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.eclipse.microprofile.openapi.models.responses.APIResponses;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Completes the OpenAPI document that Payara builds from the annotations (registered with
 * {@code mp.openapi.filter}):
 * <ul>
 * <li>every 4xx and 5xx answer without content gets the {@code Problem} schema
 * ({@code application/problem+json}, RFC 9457, as {@link Problem#toJson()} writes it), so the
 * resources declare only their status codes;</li>
 * <li>where a {@code @Content} without a media type left the typed schema under {@code *}{@code /*}
 * next to an untyped {@code application/json} one (Payara's reading of a {@code JsonValue}
 * parameter), the typed schema takes the JSON media type;</li>
 * <li>an operation documented only by Payara's {@code default} answer gets it as {@code 200};</li>
 * <li>a {@code LocalDate}/{@code Instant} that Payara describes as {@code type: object} with
 * {@code format: date} becomes a string, and an enum without a type a string enum;</li>
 * <li>a string schema loses the object properties Payara sometimes leaks into it;</li>
 * <li>a tag that several resources sharing one root path declare alike is listed once.</li>
 * </ul>
 * Resources keep their annotations; this only repairs what the generator gets wrong.
 */
public class OpenApiContractFilter implements OASFilter {

    static final String PROBLEM = "Problem";
    static final String FIELD_ERROR = "FieldError";
    static final String JSON = "application/json";
    static final String ANY = "*/*";

    @Override
    public void filterOpenAPI(OpenAPI openAPI) {
        if (openAPI.getComponents() == null) {
            openAPI.setComponents(OASFactory.createComponents());
        }
        addProblemSchemas(openAPI);
        if (openAPI.getTags() != null) {
            java.util.Set<String> tags = new java.util.HashSet<>();
            openAPI.setTags(new java.util.ArrayList<>(openAPI.getTags().stream()
                    .filter(t -> tags.add(t.getName() + "\n" + t.getDescription())).toList()));
        }
        Map<Schema, Boolean> seen = new IdentityHashMap<>();
        if (openAPI.getComponents().getSchemas() != null) {
            openAPI.getComponents().getSchemas().values().forEach(s -> repair(s, seen));
        }
        if (openAPI.getPaths() == null || openAPI.getPaths().getPathItems() == null) {
            return;
        }
        for (PathItem item : openAPI.getPaths().getPathItems().values()) {
            if (item.getOperations() == null) {
                continue;
            }
            for (Operation operation : item.getOperations().values()) {
                if (operation.getRequestBody() != null) {
                    typedJson(operation.getRequestBody().getContent(), seen);
                }
                APIResponses responses = operation.getResponses();
                if (responses == null || responses.getAPIResponses() == null) {
                    continue;
                }
                boolean success = responses.getAPIResponses().keySet().stream().anyMatch(c -> c.startsWith("2"));
                APIResponse fallback = responses.getAPIResponses().get("default");
                if (!success && fallback != null && !empty(fallback)) {
                    responses.removeAPIResponse("default");
                    if (fallback.getDescription() == null) {
                        fallback.setDescription("OK");
                    }
                    responses.addAPIResponse("200", fallback);
                }
                responses.getAPIResponses().forEach((code, response) -> {
                    if ((code.startsWith("4") || code.startsWith("5")) && empty(response)) {
                        response.setContent(OASFactory.createContent().addMediaType(Problem.MEDIA_TYPE,
                                OASFactory.createMediaType().schema(OASFactory.createSchema().ref(PROBLEM))));
                    } else {
                        typedJson(response.getContent(), seen);
                    }
                });
            }
        }
    }

    private static void addProblemSchemas(OpenAPI openAPI) {
        openAPI.getComponents().addSchema(FIELD_ERROR, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("One bad field")
                .addProperty("field", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("The field, with its place in a nested body: subjects[0].nationality"))
                .addProperty("message", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .required(List.of("field", "message")));
        openAPI.getComponents().addSchema(PROBLEM, OASFactory.createSchema().type(Schema.SchemaType.OBJECT)
                .description("RFC 9457 problem details")
                .addProperty("type", OASFactory.createSchema().type(Schema.SchemaType.STRING)
                        .description("A stable URN per kind of problem, e.g. urn:blueledger:problem:validation"))
                .addProperty("title", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("status", OASFactory.createSchema().type(Schema.SchemaType.INTEGER)
                        .minimum(java.math.BigDecimal.valueOf(400)).maximum(java.math.BigDecimal.valueOf(599)))
                .addProperty("detail", OASFactory.createSchema().type(Schema.SchemaType.STRING))
                .addProperty("errors", OASFactory.createSchema().type(Schema.SchemaType.ARRAY)
                        .description("For 400: every bad field")
                        .items(OASFactory.createSchema().ref(FIELD_ERROR)))
                .required(List.of("type", "title", "status")));
    }

    /** Moves a typed {@code *}{@code /*} schema onto an untyped {@code application/json}; repairs the schemas. */
    private static void typedJson(Content content, Map<Schema, Boolean> seen) {
        if (content == null || content.getMediaTypes() == null) {
            return;
        }
        MediaType json = content.getMediaTypes().get(JSON);
        MediaType any = content.getMediaTypes().get(ANY);
        if (json != null && any != null && !typed(json.getSchema()) && typed(any.getSchema())) {
            json.setSchema(any.getSchema());
            content.removeMediaType(ANY);
        }
        content.getMediaTypes().values().forEach(m -> repair(m.getSchema(), seen));
    }

    static boolean typed(Schema s) {
        if (s == null) {
            return false;
        }
        if (s.getRef() != null && !s.getRef().isEmpty()) {
            return true;
        }
        if (s.getProperties() != null && !s.getProperties().isEmpty()) {
            return true;
        }
        return s.getType() == Schema.SchemaType.ARRAY && typed(s.getItems());
    }

    private static void repair(Schema s, Map<Schema, Boolean> seen) {
        if (s == null || seen.put(s, Boolean.TRUE) != null) {
            return;
        }
        String format = s.getFormat();
        if (("date".equals(format) || "date-time".equals(format))
                && (s.getType() == null || s.getType() == Schema.SchemaType.OBJECT)) {
            s.setType(Schema.SchemaType.STRING);
        }
        if (s.getType() == Schema.SchemaType.STRING && s.getProperties() != null && !s.getProperties().isEmpty()) {
            // Payara leaks an object's properties into an inline string schema (seen on the CSV answers)
            s.setProperties(null);
            s.setRequired(null);
        }
        if (s.getType() == null && s.getEnumeration() != null && !s.getEnumeration().isEmpty()
                && s.getEnumeration().stream().allMatch(v -> v instanceof String)) {
            s.setType(Schema.SchemaType.STRING);
        }
        if (s.getProperties() != null) {
            s.getProperties().values().forEach(p -> repair(p, seen));
        }
        repair(s.getItems(), seen);
        for (List<Schema> group : java.util.Arrays.asList(s.getAllOf(), s.getOneOf(), s.getAnyOf())) {
            if (group != null) {
                group.forEach(g -> repair(g, seen));
            }
        }
    }

    private static boolean empty(APIResponse response) {
        Content content = response.getContent();
        return content == null || content.getMediaTypes() == null || content.getMediaTypes().isEmpty();
    }
}
