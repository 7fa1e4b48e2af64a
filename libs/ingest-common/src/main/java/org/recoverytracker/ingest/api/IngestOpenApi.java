package org.recoverytracker.ingest.api;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.core.converter.ResolvedSchema;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.ArraySchema;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.recoverytracker.ingest.IngestKind;
import org.recoverytracker.ingest.IngestProperties;
import org.springdoc.core.customizers.OpenApiCustomizer;

/**
 * Completes the OpenAPI document of an ingest service with what the shared controller can't
 * declare by annotation: the kind's event schema as the request body of PUT and POST (JSON and the
 * CSV columns), the error responses of the contract, and how partners authenticate.
 */
public final class IngestOpenApi implements OpenApiCustomizer {

    private static final String API_KEY = "apiKey";
    private static final String PROBLEM = "Problem";

    private final IngestKind<?> kind;
    private final IngestProperties properties;
    private final boolean bearerTokensAccepted;

    public IngestOpenApi(IngestKind<?> kind, IngestProperties properties, boolean bearerTokensAccepted) {
        this.kind = kind;
        this.properties = properties;
        this.bearerTokensAccepted = bearerTokensAccepted;
    }

    @Override
    public void customise(OpenAPI openApi) {
        final ResolvedSchema event = ModelConverters.getInstance().readAllAsResolvedSchema(kind.requestType());
        final Components components = openApi.getComponents() == null ? new Components() : openApi.getComponents();
        event.referencedSchemas.forEach(components::addSchemas);
        components.addSchemas(PROBLEM, problemSchema());
        components.addSecuritySchemes(
                API_KEY,
                new SecurityScheme()
                        .type(SecurityScheme.Type.APIKEY)
                        .in(SecurityScheme.In.HEADER)
                        .name("X-API-Key")
                        .description("The partner's API key."));
        openApi.components(components);
        final SecurityRequirement security = new SecurityRequirement().addList(API_KEY);
        if (bearerTokensAccepted) {
            components.addSecuritySchemes(
                    "bearer",
                    new SecurityScheme()
                            .type(SecurityScheme.Type.HTTP)
                            .scheme("bearer")
                            .bearerFormat("JWT")
                            .description("A JWT whose claims carry the partner id and its places."));
            openApi.addSecurityItem(new SecurityRequirement().addList("bearer"));
        }
        openApi.addSecurityItem(security);
        openApi.info(new Info()
                .title("Recovery Tracker " + kind.kind().id() + " ingest API")
                .version("v1")
                .description(description()));

        final Schema<?> eventRef = new Schema<>().$ref("#/components/schemas/" + event.schema.getName());
        final var single = openApi.getPaths().get(kind.path() + "/{eventId}");
        final var batch = openApi.getPaths().get(kind.path());
        describe(
                single.getPut(),
                "Create or correct one " + kind.eventName(),
                "Creates the event with this id, or replaces (corrects) it if the partner posted it before.",
                new Content().addMediaType("application/json", new MediaType().schema(eventRef)));
        describe(
                single.getDelete(),
                "Retract one " + kind.eventName(),
                "Removes the event from every view. Retracting an event that does not exist is harmless.",
                null);
        describe(
                batch.getPost(),
                "Create or correct a batch of " + kind.kind().id() + " events",
                "Up to " + properties.maxBatchEvents() + " events, each with its own eventId, all published in one "
                        + "transaction: if any event is invalid, none is published and every problem is listed.",
                new Content()
                        .addMediaType(
                                "application/json",
                                new MediaType()
                                        .schema(new ArraySchema()
                                                .items(eventRef)
                                                .maxItems(properties.maxBatchEvents())))
                        .addMediaType(
                                "text/csv",
                                new MediaType()
                                        .schema(new StringSchema()
                                                .description("A header row, then one event per row. Columns: "
                                                        + String.join(", ", csvColumns(event))
                                                        + ". Empty cells are absent fields."))));
    }

    private void describe(Operation operation, String summary, String description, Content body) {
        operation.summary(summary).description(description);
        if (body != null) {
            operation.requestBody(new RequestBody().required(true).content(body));
        }
        final ApiResponses responses = operation.getResponses();
        final Map<String, String> errors = new LinkedHashMap<>();
        errors.put("400", "The body is not JSON or CSV of the expected shape.");
        errors.put("401", "No or bad credentials.");
        errors.put("403", "An event is for a place this partner may not write for.");
        errors.put("413", "The body or the batch is too large.");
        errors.put("415", "Unsupported media type.");
        errors.put("422", "Validation failed: errors lists every problem by index and field.");
        errors.put("429", "Too many requests from this partner: retry after Retry-After seconds, or use batches.");
        errors.put(
                "503",
                "Kafka is unavailable, or (batches) the instance is busy with other batches: nothing was "
                        + "accepted; retry after Retry-After seconds (a PUT is safe to repeat).");
        errors.forEach((status, meaning) -> responses.addApiResponse(
                status,
                new ApiResponse()
                        .description(meaning)
                        .content(new Content()
                                .addMediaType(
                                        "application/problem+json",
                                        new MediaType()
                                                .schema(new Schema<>().$ref("#/components/schemas/" + PROBLEM))))));
        responses.get("202").description("Accepted: Kafka has acknowledged the write.");
    }

    /** The CSV columns: the event's fields, with the organisation's flattened ({@code employerName}). */
    @SuppressWarnings("rawtypes") // swagger-models' Schema.getProperties() is declared with raw Schema values
    private List<String> csvColumns(ResolvedSchema event) {
        final Schema<?> root = event.schema;
        final Map<String, Schema> fields = root.getProperties();
        return fields.keySet().stream()
                .flatMap(name -> name.equals(kind.organisationField())
                        ? organisationColumns(event, name, fields.get(name).get$ref())
                        : Stream.of(name))
                .toList();
    }

    @SuppressWarnings("rawtypes") // as above
    private static Stream<String> organisationColumns(ResolvedSchema event, String field, String ref) {
        final Schema<?> organisation = event.referencedSchemas.get(ref.substring(ref.lastIndexOf('/') + 1));
        final Map<String, Schema> parts = organisation.getProperties();
        return parts.keySet().stream().map(name -> field + Character.toUpperCase(name.charAt(0)) + name.substring(1));
    }

    private String description() {
        return "Partner systems post " + kind.kind().id() + " events here. An event is identified by "
                + "(partner, kind, eventId): posting the same eventId again corrects it, deleting it retracts it. "
                + "Every success is a 202 sent only once Kafka has acknowledged the write. Errors are RFC 9457 "
                + "problem details. Authenticate with the X-API-Key header"
                + (bearerTokensAccepted ? " or a JWT bearer token." : ".");
    }

    private static Schema<?> problemSchema() {
        final Schema<?> error = new ObjectSchema()
                .addProperty("index", new Schema<Integer>().type("integer").description("0-based item or CSV data row"))
                .addProperty("field", new StringSchema().description("JSON field or CSV column"))
                .addProperty("message", new StringSchema());
        return new ObjectSchema()
                .description("RFC 9457 problem detail")
                .addProperty("type", new StringSchema())
                .addProperty("title", new StringSchema())
                .addProperty("status", new Schema<Integer>().type("integer"))
                .addProperty("detail", new StringSchema().description("What is wrong and what to do"))
                .addProperty("instance", new StringSchema())
                .addProperty("errors", new ArraySchema().items(error));
    }
}
