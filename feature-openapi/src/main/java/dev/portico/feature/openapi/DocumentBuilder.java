package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.feature.openapi.internal.JsonText;
import dev.portico.feature.openapi.internal.SchemaWriter;
import dev.portico.feature.openapi.internal.TypeNames;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Builds the OpenAPI 3.1.0 document of an application from its routes and {@link OpenApiConfig}:
 * info, servers, one operation per documented route and method, shared component schemas, security
 * schemes and requirements, extensions.
 */
final class DocumentBuilder {
    static final String VERSION = "3.1.0";
    private static final JsonNodeFactory NODES = JsonText.nodes();
    private final OpenApiConfig config;
    private final List<Route> routes;

    DocumentBuilder(OpenApiConfig config, List<Route> routes) {
        this.config = config;
        this.routes = routes;
    }

    /** @return the document */
    ObjectNode build() {
        Declarations.check(config, routes);
        List<Route> documented = Declarations.documented(routes);
        TypeNames names = new TypeNames(OperationWriter.VALIDATION_ERROR, OperationWriter.HTTP_VALIDATION_ERROR);
        SchemaWriter schemas = new SchemaWriter("#/components/schemas/", true, names);
        OperationWriter operations = new OperationWriter(schemas);
        ObjectNode doc = NODES.objectNode();
        doc.put("openapi", VERSION);
        doc.set("info", info());
        if (!config.servers().isEmpty()) {
            ArrayNode servers = doc.putArray("servers");
            for (OpenApiConfig.Server s : config.servers()) {
                ObjectNode n = servers.addObject().put("url", s.url());
                OperationWriter.putText(n, "description", s.description());
                extensions(n, s.extensions());
            }
        }
        ObjectNode paths = doc.putObject("paths");
        Set<String> usedIds = new HashSet<>();
        for (Route r : documented) {
            String explicit = r.option(RouteOption.OPERATION_ID);
            if (explicit != null) {
                usedIds.add(explicit);
            }
        }
        Map<String, ObjectNode> byPath = new LinkedHashMap<>();
        for (Route r : documented) {
            String path = PathTemplates.openApiPath(r.path());
            ObjectNode item = byPath.computeIfAbsent(path, p -> paths.putObject(p));
            for (String method : r.methods()) {
                String m = method.toLowerCase(Locale.ROOT);
                item.set(m, operations.write(r, method, path, operationId(r, m, usedIds)));
            }
        }
        ObjectNode components = NODES.objectNode();
        ObjectNode defs = schemas.definitions();
        if (operations.validationUsed()) {
            validationSchemas(defs);
        }
        if (!defs.isEmpty()) {
            components.set("schemas", defs);
        }
        if (!config.securitySchemes().isEmpty()) {
            ObjectNode schemes = components.putObject("securitySchemes");
            config.securitySchemes().forEach((name, s) -> schemes.set(name, scheme(s)));
        }
        if (!components.isEmpty()) {
            doc.set("components", components);
        }
        if (!config.security().isEmpty()) {
            doc.set("security", requirements(config.security()));
        }
        if (!config.tags().isEmpty()) {
            ArrayNode tags = doc.putArray("tags");
            for (OpenApiConfig.Tag t : config.tags()) {
                OperationWriter.putText(tags.addObject().put("name", t.name()), "description", t.description());
            }
        }
        extensions(doc, config.extensions());
        return doc;
    }

    private String operationId(Route r, String method, Set<String> used) {
        String explicit = r.option(RouteOption.OPERATION_ID);
        if (explicit != null && r.methods().size() == 1) {
            return explicit;
        }
        Signature sig = r.option(Options.SIGNATURE);
        String base = explicit != null ? explicit + "_" + method
                : sig != null && !used.contains(sig.methodName()) ? sig.methodName()
                : method + r.path().replaceAll("[^A-Za-z0-9]+", "_");
        String id = base;
        for (int i = 2; !used.add(id); i++) {
            id = base + "_" + i;
        }
        return id;
    }

    private ObjectNode info() {
        ObjectNode info = NODES.objectNode().put("title", config.title());
        OperationWriter.putText(info, "summary", config.summary());
        OperationWriter.putText(info, "description", config.description());
        OperationWriter.putText(info, "termsOfService", config.termsOfService());
        if (config.contact() != null) {
            ObjectNode c = info.putObject("contact");
            OperationWriter.putText(c, "name", config.contact().name());
            OperationWriter.putText(c, "url", config.contact().url());
            OperationWriter.putText(c, "email", config.contact().email());
        }
        if (config.license() != null) {
            ObjectNode l = info.putObject("license").put("name", config.license().name());
            OperationWriter.putText(l, "identifier", config.license().identifier());
            OperationWriter.putText(l, "url", config.license().url());
        }
        info.put("version", config.version());
        return info;
    }

    private static ObjectNode scheme(SecurityScheme s) {
        ObjectNode n = NODES.objectNode().put("type", s.type());
        OperationWriter.putText(n, "description", s.descriptionText());
        s.fields().forEach((k, v) -> n.put(k, String.valueOf(v)));
        if (!s.flows().isEmpty() || "oauth2".equals(s.type())) {
            ObjectNode flows = n.putObject("flows");
            s.flows().forEach((name, f) -> {
                ObjectNode fn = flows.putObject(name);
                OperationWriter.putText(fn, "authorizationUrl", f.authorizationUrl());
                OperationWriter.putText(fn, "tokenUrl", f.tokenUrl());
                OperationWriter.putText(fn, "refreshUrl", f.refreshUrl());
                ObjectNode scopes = fn.putObject("scopes");
                f.scopes().forEach(scopes::put);
            });
        }
        extensions(n, s.extensions());
        return n;
    }

    static ArrayNode requirements(List<Map<String, List<String>>> requirements) {
        ArrayNode out = NODES.arrayNode();
        for (Map<String, List<String>> req : requirements) {
            ObjectNode n = out.addObject();
            req.forEach((scheme, scopes) -> {
                ArrayNode a = n.putArray(scheme);
                scopes.forEach(a::add);
            });
        }
        return out;
    }

    static void extensions(ObjectNode into, Map<String, Object> extensions) {
        extensions.forEach((k, v) -> into.set(k, JsonText.mapper().valueToTree(v)));
    }

    private static void validationSchemas(ObjectNode defs) {
        ObjectNode error = defs.putObject(OperationWriter.VALIDATION_ERROR).put("type", "object")
                .put("title", OperationWriter.VALIDATION_ERROR);
        ObjectNode props = error.putObject("properties");
        ArrayNode anyOf = props.putObject("loc").put("type", "array").putObject("items").putArray("anyOf");
        anyOf.addObject().put("type", "string");
        anyOf.addObject().put("type", "integer");
        props.putObject("type").put("type", "string");
        props.putObject("msg").put("type", "string");
        error.putArray("required").add("loc").add("type").add("msg");
        ObjectNode http = defs.putObject(OperationWriter.HTTP_VALIDATION_ERROR).put("type", "object")
                .put("title", OperationWriter.HTTP_VALIDATION_ERROR);
        ObjectNode hp = http.putObject("properties");
        hp.putObject("statusCode").put("type", "integer");
        hp.putObject("detail").put("type", "array").putObject("items")
                .put("$ref", "#/components/schemas/" + OperationWriter.VALIDATION_ERROR);
    }
}
