package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.feature.openapi.internal.JsonText;
import dev.portico.feature.openapi.internal.SchemaWriter;
import dev.portico.feature.openapi.internal.Shape;
import dev.portico.feature.openapi.internal.Shapes;
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

    ObjectNode write(Route route, String operationId) {
        Signature sig = route.option(Options.SIGNATURE);
        OperationDoc doc = route.option(OperationDoc.OPTION);
        ObjectNode op = NODES.objectNode();
        List<String> tags = route.option(RouteOption.TAGS);
        if (tags != null && !tags.isEmpty()) {
            ArrayNode t = op.putArray("tags");
            tags.forEach(t::add);
        }
        putText(op, "summary", route.option(RouteOption.SUMMARY));
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
                out.add(parameter(p));
                if (p.in() == ParamBinder.In.PATH) {
                    declared.add(p.name());
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
            required = b.required();
        } else {
            schema = NODES.objectNode().put("type", "object");
            ObjectNode props = schema.putObject("properties");
            ArrayNode names = NODES.arrayNode();
            for (BodyBinder b : bodies) {
                ObjectNode s = schemas.write(b.shape());
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
                ok.putObject("content").putObject(r.contentType()).set("schema", schemas.write(r.shape()));
            }
            byStatus.put(r.status(), ok);
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
                    JsonNode schema = schemas.write(shapes.of(d.type()));
                    n.putObject("content").putObject(d.contentType()).set("schema", schema);
                } else if (byStatus.containsKey(d.status()) && byStatus.get(d.status()).has("content")) {
                    n.set("content", byStatus.get(d.status()).get("content"));
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

    static void putText(ObjectNode n, String name, String value) {
        if (value != null && !value.isEmpty()) {
            n.put(name, value);
        }
    }
}
