package dev.portico.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The route declarations shared by {@link Router} and the application builder: routes, middlewares,
 * exception handlers, not-found and method-not-allowed handlers, and context entries.
 *
 * <p>Path templates: literal segments, {@code {name}} or Powertools' {@code <name>} for one segment,
 * {@code {name+}} as the last segment for the rest of the path (greedy), and regular expressions for
 * anything else (e.g. {@code .+} or {@code /files/.+}), matched against the whole path. Static routes
 * win over dynamic ones, dynamic ones over greedy and regular-expression routes, whatever the order
 * of declaration; see the routing guide for the full rules.
 *
 * @param <SELF> the concrete type, returned by the chaining methods
 */
public abstract class Routes<SELF extends Routes<SELF>> {
    private final List<RouteSpec> routes = new ArrayList<>();
    private final List<Middleware> middlewares = new ArrayList<>();
    private final Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers = new LinkedHashMap<>();
    private final Map<String, Object> context = new LinkedHashMap<>();
    private Handler notFound;
    private Handler methodNotAllowed;

    /** For subclasses. */
    protected Routes() {
    }

    @SuppressWarnings("unchecked")
    private SELF self() {
        return (SELF) this;
    }

    /**
     * Declares a route for several methods (Powertools' {@code route(rule, method=[...])}).
     *
     * <pre>{@code app.route(List.of("PUT", "POST"), "/todos/{id}", req -> todos.save(req.body(Todo.class)));}</pre>
     *
     * @param methods the methods, e.g. {@code List.of("PUT", "POST")}; {@code "*"} for any
     * @param path the path template
     * @param handler the handler
     * @return the route, for options
     */
    public RouteSpec route(Collection<String> methods, String path, Handler handler) {
        RouteSpec spec = new RouteSpec(methods, path, handler);
        routes.add(spec);
        return spec;
    }

    /**
     * Declares a route for one method, including ones without a shortcut (e.g. {@code TRACE}).
     *
     * <pre>{@code app.route("PROPFIND", "/dav/{path+}", req -> Response.status(207).build());}</pre>
     *
     * @param method the method
     * @param path the path template
     * @param handler the handler
     * @return the route, for options
     */
    public RouteSpec route(String method, String path, Handler handler) {
        return route(List.of(method), path, handler);
    }

    /**
     * Declares a GET route.
     *
     * <pre>{@code app.get("/todos/{id}", req -> todos.find(req.pathParam("id")));}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec get(String path, Handler handler) {
        return route(HttpMethod.GET, path, handler);
    }

    /**
     * Declares a POST route.
     *
     * <pre>{@code app.post("/todos", req -> Response.status(201).body(todos.add(req.body(Todo.class))).build());}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec post(String path, Handler handler) {
        return route(HttpMethod.POST, path, handler);
    }

    /**
     * Declares a PUT route.
     *
     * <pre>{@code app.put("/todos/{id}", req -> todos.replace(req.pathParam("id"), req.body(Todo.class)));}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec put(String path, Handler handler) {
        return route(HttpMethod.PUT, path, handler);
    }

    /**
     * Declares a PATCH route.
     *
     * <pre>{@code app.patch("/todos/{id}", req -> todos.update(req.pathParam("id"), req.json()));}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec patch(String path, Handler handler) {
        return route(HttpMethod.PATCH, path, handler);
    }

    /**
     * Declares a DELETE route.
     *
     * <pre>{@code app.delete("/todos/{id}", req -> Response.status(204).build());}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec delete(String path, Handler handler) {
        return route(HttpMethod.DELETE, path, handler);
    }

    /**
     * Declares a HEAD route. Without one, HEAD requests are answered by the GET route with an empty
     * body.
     *
     * <pre>{@code app.head("/files/{name}", req -> Response.status(200).header("Content-Length", "1024").build());}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options
     */
    public RouteSpec head(String path, Handler handler) {
        return route(HttpMethod.HEAD, path, handler);
    }

    /**
     * Declares an OPTIONS route. (CORS preflight requests are answered by the CORS feature, without one.)
     *
     * <pre>{@code app.options("/todos", req -> Response.status(204).header("Allow", "GET, POST").build());}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec options(String path, Handler handler) {
        return route(HttpMethod.OPTIONS, path, handler);
    }

    /**
     * Declares a route that answers every method (Powertools' {@code route(rule, method=ANY)}); a route
     * for the same path and a specific method wins over it.
     *
     * <pre>{@code app.any("/legacy/{path+}", req -> Response.status(410).build());}</pre>
     *
     * @param path the path template (see the class description)
     * @param handler the handler
     * @return the route, for options such as {@code .compress()} or {@code .middleware(...)}
     */
    public RouteSpec any(String path, Handler handler) {
        return route(HttpMethod.ANY, path, handler);
    }

    /**
     * Declares routes in a block, so that an application can be built in one expression (route
     * declarations return a {@link RouteSpec} for their options, not this object):
     *
     * <pre>{@code
     * static final ApiGatewayRestResolver APP = ApiGatewayRestResolver.builder()
     *         .routes(r -> {
     *             r.get("/todos", todos::list).compress();
     *             r.post("/todos", todos::create);
     *         })
     *         .build();
     * }</pre>
     *
     * @param declarations declares routes on this object
     * @return this
     */
    public SELF routes(java.util.function.Consumer<? super SELF> declarations) {
        declarations.accept(self());
        return self();
    }

    /**
     * Adds middlewares. On the application they are global (every request, in registration order);
     * on a router they run for that router's routes only, after the global ones.
     *
     * <pre>{@code app.use((req, next) -> req.header("X-Api-Key") == null ? Response.status(401).build() : next.handle(req));}</pre>
     *
     * @param middleware the middlewares
     * @return this
     */
    public SELF use(Middleware... middleware) {
        for (Middleware m : middleware) {
            middlewares.add(Objects.requireNonNull(m, "middleware"));
        }
        return self();
    }

    /**
     * Handles an exception type (and its subtypes) with a handler. For an exception, the handler of
     * its most specific registered supertype wins.
     *
     * <pre>{@code app.exceptionHandler(TodoMissing.class, (req, e) -> Response.status(404).body(e.getMessage()).build());}</pre>
     *
     * @param type the exception type
     * @param handler the handler
     * @param <E> the exception type
     * @return this
     */
    public <E extends Throwable> SELF exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(handler, "handler");
        if (exceptionHandlers.putIfAbsent(type, handler) != null) {
            throw new IllegalStateException("An exception handler for " + type.getName()
                    + " is already registered; register one handler per exception type");
        }
        return self();
    }

    /**
     * Handles several exception types with one handler.
     *
     * <pre>{@code app.exceptionHandler(List.of(DateTimeException.class, NumberFormatException.class), (req, e) -> badRequest(e));}</pre>
     *
     * @param types the exception types
     * @param handler the handler
     * @return this
     */
    public SELF exceptionHandler(List<Class<? extends Throwable>> types, ExceptionHandler<Throwable> handler) {
        for (Class<? extends Throwable> type : types) {
            exceptionHandler(type, handler);
        }
        return self();
    }

    /**
     * Answers requests that match no route (default: 404 {@code {"statusCode":404,"message":"Not found"}}).
     *
     * <pre>{@code app.notFound(req -> Response.status(404).body(Map.of("missing", req.path())).build());}</pre>
     *
     * @param handler the handler; the request has no route and no path parameters
     * @return this
     */
    public SELF notFound(Handler handler) {
        this.notFound = Objects.requireNonNull(handler, "handler");
        return self();
    }

    /**
     * Answers requests whose path exists with other methods only (default: 405 with an
     * {@code Allow} header). The {@code Allow} header is added to what the handler returns when it
     * sets none.
     *
     * <pre>{@code app.methodNotAllowed(req -> Response.status(405).body("try GET").build());}</pre>
     *
     * @param handler the handler
     * @return this
     */
    public SELF methodNotAllowed(Handler handler) {
        this.methodNotAllowed = Objects.requireNonNull(handler, "handler");
        return self();
    }

    /**
     * Adds an entry that every request's {@link Request#context()} starts with (also readable with a
     * {@link ContextKey} of that name).
     *
     * <pre>{@code app.appendContext("region", System.getenv("AWS_REGION"));}</pre>
     *
     * @param key the key
     * @param value the value
     * @return this
     */
    public SELF appendContext(String key, Object value) {
        context.put(Objects.requireNonNull(key, "key"), value);
        return self();
    }

    /**
     * Includes a router's routes, context, exception and not-found handlers.
     *
     * <pre>{@code app.include(TodoRoutes.router());}</pre>
     *
     * @param router the router
     * @return this
     */
    public SELF include(Router router) {
        return include(router, "");
    }

    /**
     * Includes a router under a path prefix: its route {@code /{id}} becomes {@code prefix/{id}}, and
     * its route {@code /} becomes {@code prefix}. The router's middlewares run for its routes only,
     * after the middlewares of this one.
     *
     * <pre>{@code app.include(todoRouter, "/todos");}</pre>
     *
     * @param router the router
     * @param prefix the prefix, e.g. {@code /todos}
     * @return this
     */
    public SELF include(Router router, String prefix) {
        Objects.requireNonNull(router, "router");
        if (router == this) {
            throw new IllegalArgumentException("A router cannot include itself");
        }
        for (RouteSpec spec : router.routes()) {
            routes.add(spec.copyUnder(prefix, router.middlewares()));
        }
        for (Map.Entry<Class<? extends Throwable>, ExceptionHandler<?>> e : router.exceptionHandlers().entrySet()) {
            ExceptionHandler<?> previous = exceptionHandlers.putIfAbsent(e.getKey(), e.getValue());
            if (previous != null && previous != e.getValue()) {
                throw new IllegalStateException("Two exception handlers for " + e.getKey().getName()
                        + ": one in the included router and one here; keep one of them");
            }
        }
        context.putAll(router.context());
        if (router.notFoundHandler() != null) {
            if (notFound != null && notFound != router.notFoundHandler()) {
                throw new IllegalStateException("Two not-found handlers: one in the included router and one here");
            }
            notFound = router.notFoundHandler();
        }
        if (router.methodNotAllowedHandler() != null) {
            if (methodNotAllowed != null && methodNotAllowed != router.methodNotAllowedHandler()) {
                throw new IllegalStateException(
                        "Two method-not-allowed handlers: one in the included router and one here");
            }
            methodNotAllowed = router.methodNotAllowedHandler();
        }
        return self();
    }

    /** The routes declared or included so far, for features and tools. @return them, in order, unmodifiable */
    public List<RouteSpec> routes() {
        return Collections.unmodifiableList(routes);
    }

    /** The middlewares added with {@link #use}. @return them, in order, unmodifiable */
    public List<Middleware> middlewares() {
        return Collections.unmodifiableList(middlewares);
    }

    /** The exception handlers. @return them by exception type, in registration order, unmodifiable */
    public Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers() {
        return Collections.unmodifiableMap(exceptionHandlers);
    }

    /** The context entries every request starts with ({@link #appendContext}). @return them, unmodifiable */
    public Map<String, Object> context() {
        return Collections.unmodifiableMap(context);
    }

    /** The handler set with {@link #notFound}. @return it, or {@code null} for the default */
    public Handler notFoundHandler() {
        return notFound;
    }

    /** The handler set with {@link #methodNotAllowed}. @return it, or {@code null} for the default */
    public Handler methodNotAllowedHandler() {
        return methodNotAllowed;
    }
}
