package dev.portico.api;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A route being declared: what {@code get}, {@code post} and friends on {@link Routes} return, so
 * options can follow the declaration:
 *
 * <pre>{@code
 * router.get("/todos", todos::list).compress().summary("List todos");
 * }</pre>
 *
 * <p>A spec is read when the application is built; changing it afterwards has no effect.
 */
public final class RouteSpec implements Route {
    private final Set<String> methods;
    private final String path;
    private final Handler handler;
    /** Created on the first middleware added: most routes have none. */
    private List<Middleware> middlewares;
    /** Created on the first option set: most routes set none, and an application may declare thousands. */
    private Map<RouteOption<?>, Object> options;

    /**
     * Declares a route. Applications use {@link Routes#route}; features use this directly.
     *
     * @param methods the HTTP methods; {@code "*"} for any
     * @param path the path template
     * @param handler the handler
     */
    public RouteSpec(Collection<String> methods, String path, Handler handler) {
        Objects.requireNonNull(methods, "methods");
        if (methods.isEmpty()) {
            throw new IllegalArgumentException("Route " + path + " needs at least one HTTP method");
        }
        if (methods.size() == 1) {
            // The usual route, one method: a singleton set, not a LinkedHashSet (applications declare thousands).
            String method = methods instanceof List<String> list ? list.get(0) : methods.iterator().next();
            this.methods = single(HttpMethod.normalize(method));
        } else {
            Set<String> normalized = new LinkedHashSet<>();
            for (String m : methods) {
                normalized.add(HttpMethod.normalize(m));
            }
            if (normalized.contains(HttpMethod.ANY) && normalized.size() > 1) {
                normalized = Set.of(HttpMethod.ANY);
            }
            this.methods = Collections.unmodifiableSet(normalized);
        }
        this.path = checkPath(path);
        // Not requireNonNull(handler, () -> ...): a capturing lambda per route costs cold start.
        if (handler == null) {
            throw new NullPointerException("handler of route " + path);
        }
        this.handler = handler;
    }

    /** A copy's constructor: the methods are this class's own unmodifiable, normalized set, shared. */
    private RouteSpec(Set<String> methods, String path, Handler handler, RouteSpec from) {
        this.methods = methods;
        this.path = path;
        this.handler = handler;
        if (from.options != null && !from.options.isEmpty()) {
            this.options = new IdentityHashMap<>(from.options);
        }
    }

    /** One immutable set per usual method, shared by the routes that have only it. */
    private static final Set<String> GET_ONLY = Collections.singleton(HttpMethod.GET);
    private static final Set<String> POST_ONLY = Collections.singleton(HttpMethod.POST);
    private static final Set<String> PUT_ONLY = Collections.singleton(HttpMethod.PUT);
    private static final Set<String> DELETE_ONLY = Collections.singleton(HttpMethod.DELETE);
    private static final Set<String> PATCH_ONLY = Collections.singleton(HttpMethod.PATCH);

    /** @return the set of one normalized method: a shared one for the usual methods, else a new one */
    private static Set<String> single(String method) {
        if (method == HttpMethod.GET) {
            return GET_ONLY;
        }
        if (method == HttpMethod.POST) {
            return POST_ONLY;
        }
        if (method == HttpMethod.PUT) {
            return PUT_ONLY;
        }
        if (method == HttpMethod.DELETE) {
            return DELETE_ONLY;
        }
        return method == HttpMethod.PATCH ? PATCH_ONLY : Collections.singleton(method);
    }

    private static String checkPath(String path) {
        if (path == null || path.isEmpty()) {
            throw new IllegalArgumentException("Route path must not be empty; use \"/\" for the root");
        }
        return path;
    }

    @Override
    public Set<String> methods() {
        return methods;
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public Handler handler() {
        return handler;
    }

    @Override
    public List<Middleware> middlewares() {
        return middlewares == null ? Collections.emptyList() : Collections.unmodifiableList(middlewares);
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T option(RouteOption<T> option) {
        Map<RouteOption<?>, Object> o = options;
        return o != null && o.containsKey(option) ? (T) o.get(option) : option.defaultValue();
    }

    /** @return the options this route set explicitly */
    public Map<RouteOption<?>, Object> options() {
        return options == null ? Collections.emptyMap() : Collections.unmodifiableMap(options);
    }

    /**
     * Sets an option.
     *
     * @param option the key
     * @param value the value
     * @param <T> the value type
     * @return this spec
     */
    public <T> RouteSpec option(RouteOption<T> option, T value) {
        Objects.requireNonNull(option, "option");
        if (value != null && !option.type().isInstance(value)) {
            throw new IllegalArgumentException("Option " + option.name() + " takes " + option.type().getSimpleName());
        }
        if (options == null) {
            options = new IdentityHashMap<>(4);
        }
        options.put(option, value);
        return this;
    }

    /**
     * Adds route middlewares; they run after the global ones, in the order added.
     *
     * @param middleware the middlewares
     * @return this spec
     */
    public RouteSpec middleware(Middleware... middleware) {
        for (Middleware m : middleware) {
            Objects.requireNonNull(m, "middleware");
            if (middlewares == null) {
                middlewares = new ArrayList<>(2);
            }
            middlewares.add(m);
        }
        return this;
    }

    /** @return this spec, compressing responses when the client accepts gzip (needs feature-compress) */
    public RouteSpec compress() {
        return compress(true);
    }

    /** @param compress whether to compress @return this spec */
    public RouteSpec compress(boolean compress) {
        return option(RouteOption.COMPRESS, compress);
    }

    /** @param cors {@code false} to leave CORS headers off this route @return this spec */
    public RouteSpec cors(boolean cors) {
        return option(RouteOption.CORS, cors);
    }

    /**
     * Sets {@code Cache-Control} on this route's {@code 2xx} answers, e.g. {@code max-age=600}; any
     * other status gets {@code no-cache}. A {@code Cache-Control} header the handler sets wins.
     *
     * @param value the header value
     * @return this spec
     * @throws IllegalArgumentException when the value is blank or has control characters
     */
    public RouteSpec cacheControl(String value) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("Route " + this + ": cacheControl needs a value such as \"max-age=600\"");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < 0x20 || c == 0x7f) {
                throw new IllegalArgumentException("Route " + this + ": the cacheControl value has a control "
                        + "character at index " + i + "; a header value cannot carry one");
            }
        }
        return option(RouteOption.CACHE_CONTROL, value);
    }

    /** @param summary the OpenAPI summary @return this spec */
    public RouteSpec summary(String summary) {
        return option(RouteOption.SUMMARY, summary);
    }

    /** @param description the OpenAPI description @return this spec */
    public RouteSpec description(String description) {
        return option(RouteOption.DESCRIPTION, description);
    }

    /** @param tags the OpenAPI tags @return this spec */
    public RouteSpec tags(String... tags) {
        return option(RouteOption.TAGS, List.of(tags));
    }

    /** @param operationId the OpenAPI operation id @return this spec */
    public RouteSpec operationId(String operationId) {
        return option(RouteOption.OPERATION_ID, operationId);
    }

    /** @return this spec, marked deprecated in OpenAPI */
    public RouteSpec deprecated() {
        return option(RouteOption.DEPRECATED, true);
    }

    /** @param include whether the route appears in the OpenAPI document @return this spec */
    public RouteSpec includeInSchema(boolean include) {
        return option(RouteOption.INCLUDE_IN_SCHEMA, include);
    }

    /**
     * A copy under a prefix, with extra middlewares in front of this route's own; what including a
     * router does.
     *
     * @param prefix the prefix, e.g. {@code /todos}; {@code ""} for none
     * @param outer middlewares to run before this route's own
     * @return the copy
     */
    public RouteSpec copyUnder(String prefix, List<Middleware> outer) {
        String joined = prefix == null || prefix.isEmpty() ? path : joinPrefix(prefix, path);
        RouteSpec copy = new RouteSpec(methods, joined, handler, this);
        int size = outer.size() + (middlewares == null ? 0 : middlewares.size());
        if (size > 0) {
            copy.middlewares = new ArrayList<>(size);
            copy.middlewares.addAll(outer);
            if (middlewares != null) {
                copy.middlewares.addAll(middlewares);
            }
        }
        return copy;
    }

    /**
     * Joins a router prefix and a route path with exactly one {@code /}: {@code "/users/"},
     * {@code "/users"} and {@code "users"} with {@code "/{id}"}, {@code "{id}"} and {@code "<id>"} all
     * give {@code /users/{id}}; the router's {@code /} route becomes the prefix itself.
     */
    private static String joinPrefix(String prefix, String path) {
        int end = prefix.length();
        while (end > 0 && prefix.charAt(end - 1) == '/') {
            end--;
        }
        int start = 0;
        while (start < end && prefix.charAt(start) == '/') {
            start++;
        }
        String p = "/" + prefix.substring(start, end);
        int from = 0;
        while (from < path.length() && path.charAt(from) == '/') {
            from++;
        }
        if (from == path.length()) {
            return p;
        }
        return ("/".equals(p) ? "/" : p + "/") + path.substring(from);
    }

    @Override
    public String toString() {
        return String.join(",", methods) + " " + path;
    }
}
