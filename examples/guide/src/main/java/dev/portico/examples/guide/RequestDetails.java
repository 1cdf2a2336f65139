package dev.portico.examples.guide;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.ContextKey;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.core.Resolver;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import dev.portico.source.vpc.lattice.VpcLatticeV2Event;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Accessing request details: query strings, bodies, headers, cookies, typed context keys, the typed event. */
public final class RequestDetails {

    private RequestDetails() {
    }

    /** @return routes reading the query string and the body */
    public static ApiGatewayRestResolver queryAndBody() {
        var app = ApiGatewayRestResolver.builder();
        // tag::query[]
        app.get("/todos", request -> {
            String completed = request.queryParam("completed");   // the first value, or null
            List<String> ids = request.queryParams().all("id");    // every value of a repeated name
            return Todos.SAMPLE.stream()
                    .filter(t -> completed == null || t.completed() == Boolean.parseBoolean(completed))
                    .filter(t -> ids.isEmpty() || ids.contains(String.valueOf(t.id())))
                    .toList();
        });
        // end::query[]
        // tag::body[]
        app.post("/todos", request -> {
            Todo todo = request.body(Todo.class);              // JSON read into a record (400 if it does not fit)
            return Response.status(201).body(todo).build();
        });
        app.post("/todos/bulk", request -> {
            List<Todo> todos = request.body(new TypeReference<List<Todo>>() { }.getType());
            return "received " + todos.size() + " todos";
        });
        app.post("/todos/titles", request -> {
            JsonNode json = request.json();                    // the body as a Jackson tree
            return json.findValuesAsText("title");
        });
        app.post("/notes", request -> "received " + request.body().length() + " characters"); // raw text
        // end::body[]
        return app.build();
    }

    /** @return routes reading headers and cookies, for every event source */
    public static Resolver headersAndCookies() {
        var app = Resolver.builder();
        // tag::headers[]
        app.get("/hello", request -> {
            String name = request.header("x-user-name");               // names in any case
            List<String> languages = request.headers().all("Accept-Language");
            String theme = request.cookie("theme");                   // a request cookie, or null
            return "Hello " + name + " (" + String.join(", ", languages) + "; theme " + theme + ")";
        });
        // end::headers[]
        return app.build();
    }

    // tag::details[]
    /** What a handler knows about the request, besides headers, query and body. */
    public record Details(String method, String path, String rawPath, String route, Map<String, String> pathParams,
                          String requestId, String sourceIp, String source, String function) {

        static Details of(Request request) {
            return new Details(request.method(), request.path(), request.rawPath(), request.route().path(),
                    request.pathParams(), request.requestId(), request.sourceIp(), request.source(),
                    request.lambdaContext().getFunctionName());
        }
    }
    // end::details[]

    /** @return a route answering with the request's {@link Details}, under a stripped prefix */
    public static Resolver details() {
        // tag::details-route[]
        var app = Resolver.builder().stripPrefixes("/v1");
        app.get("/todos/{id}", Details::of);
        // end::details-route[]
        return app.build();
    }

    // tag::context-keys[]
    /** Who is calling, as a middleware found out. */
    public record Caller(String name, boolean admin) {
    }

    /** What {@code /whoami} answers. */
    public record WhoAmI(Caller caller, List<String> trace) {
    }

    static final ContextKey<Caller> CALLER = ContextKey.of("caller", Caller.class);
    static final ContextKey<List<String>> TRACE = ContextKey.of("trace");       // a generic type
    // end::context-keys[]

    /** @return a middleware and a handler sharing typed context entries */
    public static Resolver contextKeys() {
        var app = Resolver.builder();
        // tag::context-keys-use[]
        app.use((request, next) -> {
            request.put(CALLER, new Caller(request.header("X-User"), "admin".equals(request.header("X-Role"))));
            request.computeIfAbsent(TRACE, ArrayList::new).add("auth");
            return next.handle(request);
        });
        app.get("/whoami", request -> {
            Caller caller = request.get(CALLER);                       // no cast
            List<String> trace = request.computeIfAbsent(TRACE, ArrayList::new);
            trace.add("handler");
            return new WhoAmI(caller, trace);
        });
        // end::context-keys-use[]
        return app.build();
    }

    /** @return routes reading the typed events of two sources */
    public static Resolver typedEvents() {
        var app = Resolver.builder();
        // tag::typed-event[]
        app.get("/stage", request -> {
            APIGatewayProxyRequestEvent event = request.event(APIGatewayProxyRequestEvent.class);
            return event.getRequestContext().getStage();
        });
        app.get("/lattice/service", request -> {
            VpcLatticeV2Event event = request.event(VpcLatticeV2Event.class);
            return event.requestContext().serviceArn();
        });
        app.get("/event-type", request -> request.event().getClass().getSimpleName());
        // end::typed-event[]
        return app.build();
    }
}
