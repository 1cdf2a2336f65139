package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Middleware;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.feature.openapi.internal.JsonSchema;
import dev.portico.feature.openapi.internal.JsonText;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Validates request and response bodies against JSON Schemas you write (Powertools' native
 * {@code SchemaValidationMiddleware}), with everit: a request body off its schema (or missing, or
 * not JSON) answers 422 through {@link RequestValidationError}; a response body off its schema
 * answers 500 through {@link ResponseValidationError}. Schemas are compiled once, here.
 *
 * <pre>{@code
 * router.post("/todos", todos::create)
 *       .middleware(new SchemaValidationMiddleware(TODO_SCHEMA, CREATED_SCHEMA));
 * }</pre>
 *
 * <p>Response bodies that are objects are serialized for validation with Jackson's defaults
 * ({@code java.time} values as ISO strings); strings and byte arrays are parsed as JSON.
 */
public final class SchemaValidationMiddleware implements Middleware {
    private static final List<Object> BODY = List.of("body");
    private static final List<Object> RESPONSE = List.of("response");
    private final JsonSchema inbound;
    private final JsonSchema outbound;

    /** @param inboundSchema the JSON Schema of request bodies */
    public SchemaValidationMiddleware(String inboundSchema) {
        this(inboundSchema, null, Map.of());
    }

    /**
     * @param inboundSchema the JSON Schema of request bodies, or {@code null} to skip them
     * @param outboundSchema the JSON Schema of response bodies, or {@code null} to skip them
     */
    public SchemaValidationMiddleware(String inboundSchema, String outboundSchema) {
        this(inboundSchema, outboundSchema, Map.of());
    }

    /**
     * @param inboundSchema the JSON Schema of request bodies, or {@code null}
     * @param outboundSchema the JSON Schema of response bodies, or {@code null}
     * @param formats checks for custom {@code format} names used by the schemas
     * @throws IllegalArgumentException when a schema is not valid
     */
    public SchemaValidationMiddleware(String inboundSchema, String outboundSchema,
                                      Map<String, Predicate<String>> formats) {
        if (inboundSchema == null && outboundSchema == null) {
            throw new IllegalArgumentException("Give an inbound schema, an outbound schema or both");
        }
        this.inbound = inboundSchema == null ? null : JsonSchema.parse(inboundSchema, formats);
        this.outbound = outboundSchema == null ? null : JsonSchema.parse(outboundSchema, formats);
    }

    @Override
    public Response handle(Request request, Next next) throws Exception {
        if (inbound != null) {
            byte[] bytes = request.bodyBytes();
            if (bytes.length == 0) {
                throw new RequestValidationError(Problems.toPublic(List.of(Messages.missing(BODY))));
            }
            JsonNode body;
            try {
                body = JsonText.mapper().readTree(bytes);
            } catch (IOException e) {
                throw new RequestValidationError(Problems.toPublic(List.of(Messages.jsonInvalid(BODY))));
            }
            List<Problem> problems = inbound.validate(body, BODY);
            if (!problems.isEmpty()) {
                throw new RequestValidationError(Problems.toPublic(problems));
            }
        }
        Response response = next.handle(request);
        if (outbound != null) {
            List<Problem> problems;
            try {
                problems = outbound.validate(tree(response.body()), RESPONSE);
            } catch (IOException e) {
                problems = List.of(Messages.jsonInvalid(RESPONSE));
            }
            if (!problems.isEmpty()) {
                throw new ResponseValidationError(500, Problems.toPublic(problems));
            }
        }
        return response;
    }

    private static JsonNode tree(Object body) throws IOException {
        if (body == null) {
            return JsonText.nodes().nullNode();
        }
        if (body instanceof JsonNode n) {
            return n;
        }
        if (body instanceof String s) {
            return JsonText.mapper().readTree(s);
        }
        if (body instanceof byte[] b) {
            return JsonText.mapper().readTree(b);
        }
        return JsonText.mapper().valueToTree(body);
    }
}
