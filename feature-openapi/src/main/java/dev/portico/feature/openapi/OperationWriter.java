package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.feature.openapi.internal.JsonText;
import dev.portico.feature.openapi.internal.SchemaWriter;
import dev.portico.feature.openapi.internal.Shape;
import dev.portico.feature.openapi.internal.Shapes;
import dev.portico.feature.openapi.internal.Titles;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Writes the OpenAPI operation object of one route. */
final class OperationWriter {
    static final String HTTP_VALIDATION_ERROR = "HTTPValidationError";
    static final String VALIDATION_ERROR = "ValidationError";
    private static final JsonNodeFactory NODES = JsonText.nodes();
    private final SchemaWriter schemas;
    private final Shapes shapes = new Shapes();
    private boolean validationUsed;

    OperationWriter(SchemaWriter schemas) {
        this.schemas = schemas;
    }

    /** @return whether an operation referred to the validation error schemas */
    boolean validationUsed() {
        return validationUsed;
    }

    /**
     * @param route the route
     * @param method the HTTP method, upper case
     * @param path the OpenAPI path
     * @param operationId the operation id
     * @return the operation
     */
    ObjectNode write(Route route, String method, String path, String operationId) {
        Signature sig = route.option(Options.SIGNATURE);
        OperationDoc doc = route.option(OperationDoc.OPTION);
        ObjectNode op = NODES.objectNode();
        List<String> tags = route.option(RouteOption.TAGS);
        if (tags != null && !tags.isEmpty()) {
            ArrayNode t = op.putArray("tags");
            tags.forEach(t::add);
        }
        String summary = route.option(RouteOption.SUMMARY);
        // Powertools' default summary
        op.put("summary", summary == null || summary.isEmpty() ? method + " " + path : summary);
        putText(op, "description", route.option(RouteOption.DESCRIPTION));
        op.put("operationId", operationId);
        if (Boolean.TRUE.equals(route.option(RouteOption.DEPRECATED))) {
            op.put("deprecated", true);
        }
        ArrayNode params = parameters(route, sig);
        if (!params.isEmpty()) {
            op.set("parameters", params);
        }
        if (sig != null && !sig.bodies().isEmpty()) {
            op.set("requestBody", requestBody(sig.bodies()));
        }
        op.set("responses", responses(sig, doc));
        if (doc != null && doc.security() != null) {
            op.set("security", DocumentBuilder.requirements(doc.security()));
        }
        if (doc != null) {
            DocumentBuilder.extensions(op, doc.extensions());
        }
        return op;
    }

    private ArrayNode parameters(Route route, Signature sig) {
        ArrayNode out = NODES.arrayNode();
        List<String> declared = new ArrayList<>();
        if (sig != null) {
            for (ParamBinder p : sig.params()) {
                // a hidden path parameter keeps the bare entry below: the path template names it
                if (p.doc().includeInSchema()) {
                    out.add(parameter(p));
                    if (p.in() == ParamBinder.In.PATH) {
                        declared.add(p.name());
                    }
                }
            }
        }
        for (String name : PathTemplates.names(route.path())) {
            if (!declared.contains(name)) {
                ObjectNode p = out.addObject();
                p.put("name", name).put("in", "path").put("required", true);
                p.putObject("schema").put("type", "string");
            }
        }
        return out;
    }

    private ObjectNode parameter(ParamBinder b) {
        ObjectNode p = NODES.objectNode();
        p.put("name", b.name()).put("in", b.in().label()).put("required", b.required());
        ParamBinder.ParamDoc doc = b.doc();
        putText(p, "description", doc.description());
        if (doc.deprecated()) {
            p.put("deprecated", true);
        }
        ObjectNode schema = schemas.write(b.shape());
        Shape element = b.shape().kind() == Shape.Kind.ARRAY ? b.shape().items() : b.shape();
        if (doc.defaultText() != null) {
            schema.set("default", JsonText.value(element.kind(), doc.defaultText()));
        }
        if (!doc.examples().isEmpty()) {
            ArrayNode examples = schema.putArray("examples");
            doc.examples().forEach(e -> examples.add(JsonText.value(element.kind(), e)));
        }
        Titles.put(schema, doc.title() != null ? doc.title() : Titles.of(b.name()));
        p.set("schema", schema);
        if (doc.example() != null) {
            p.set("example", JsonText.value(b.shape().kind(), doc.example()));
        }
        return p;
    }

    private ObjectNode requestBody(List<BodyBinder> bodies) {
        ObjectNode rb = NODES.objectNode();
        ObjectNode schema;
        boolean required;
        if (bodies.size() == 1 && bodies.get(0).key() == null) {
            BodyBinder b = bodies.get(0);
            putText(rb, "description", b.description());
            schema = schemas.write(b.shape());
            putText(schema, "description", b.description());
            required = b.required();
        } else {
            schema = NODES.objectNode().put("type", "object");
            ObjectNode props = schema.putObject("properties");
            ArrayNode names = NODES.arrayNode();
            for (BodyBinder b : bodies) {
                ObjectNode s = Titles.put(schemas.write(b.shape()), Titles.of(b.key()));
                putText(s, "description", b.description());
                props.set(b.key(), s);
                if (b.required()) {
                    names.add(b.key());
                }
            }
            if (!names.isEmpty()) {
                schema.set("required", names);
            }
            required = !names.isEmpty();
        }
        rb.put("required", required);
        rb.putObject("content").putObject("application/json").set("schema", schema);
        return rb;
    }

    private ObjectNode responses(Signature sig, OperationDoc doc) {
        TreeMap<Integer, ObjectNode> byStatus = new TreeMap<>();
        if (sig != null) {
            ResultWriter r = sig.result();
            ObjectNode ok = NODES.objectNode().put("description", sig.responseDescription());
            if (r.mode() == ResultWriter.Mode.VALUE) {
                ok.putObject("content").putObject(r.contentType())
                        .set("schema", Titles.put(schemas.write(r.shape()), Titles.RETURN));
            }
            byStatus.put(successStatus(r.status(), doc), ok);
            if (sig.validates()) {
                validationUsed = true;
                ObjectNode v = NODES.objectNode().put("description", "Validation Error");
                v.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + HTTP_VALIDATION_ERROR);
                byStatus.put(422, v);
            }
        }
        if (doc != null) {
            for (OperationDoc.ResponseDoc d : doc.responses()) {
                ObjectNode n = NODES.objectNode().put("description", d.description());
                if (d.type() != null) {
                    ObjectNode schema = schemas.write(shapes.of(d.type()));
                    if (sig != null && d.status() == sig.result().status()) {
                        Titles.put(schema, Titles.RETURN);
                    }
                    n.putObject("content").putObject(d.contentType()).set("schema", retitled(schema, d.title()));
                } else if (byStatus.containsKey(d.status()) && byStatus.get(d.status()).has("content")) {
                    ObjectNode content = (ObjectNode) byStatus.get(d.status()).get("content");
                    if (d.title() != null) {
                        content.fields().forEachRemaining(e -> retitled((ObjectNode) e.getValue().get("schema"), d.title()));
                    }
                    n.set("content", content);
                }
                byStatus.put(d.status(), n);
            }
        }
        if (byStatus.isEmpty()) {
            byStatus.put(200, NODES.objectNode().put("description", "Successful Response"));
        }
        ObjectNode out = NODES.objectNode();
        for (Map.Entry<Integer, ObjectNode> e : byStatus.entrySet()) {
            out.set(String.valueOf(e.getKey()), e.getValue());
        }
        return out;
    }

    /**
     * Where a typed route's own success response goes: its status, unless the route answers the
     * default 200 and the documentation declares other success statuses but not 200, as
     * {@code @ApiResponse(status = 202, ...)} does; then the first of those replaces the 200.
     */
    private static int successStatus(int status, OperationDoc doc) {
        if (status != 200 || doc == null || doc.responses().stream().anyMatch(d -> d.status() == status)) {
            return status;
        }
        return doc.responses().stream().mapToInt(OperationDoc.ResponseDoc::status)
                .filter(s -> s >= 200 && s < 300).min().orElse(status);
    }

    /** A schema with a title of one's own; a reference keeps its target, the title sits beside it. */
    private static ObjectNode retitled(ObjectNode schema, String title) {
        if (title != null) {
            schema.put("title", title);
        }
        return schema;
    }

    static void putText(ObjectNode n, String name, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(name, value);
        }
    }
}
