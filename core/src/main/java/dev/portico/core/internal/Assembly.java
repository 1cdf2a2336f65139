package dev.portico.core.internal;

import dev.portico.api.ExceptionHandler;
import dev.portico.api.Handler;
import dev.portico.api.JsonCodec;
import dev.portico.api.Middleware;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.RouteOption;
import dev.portico.api.RouteSpec;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureConfig;
import dev.portico.api.spi.FeatureContext;
import dev.portico.api.spi.ResponseFilter;
import java.lang.System.Logger.Level;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns {@link Settings} into the parts of an {@link Engine}: plugins, features, compiled routes. */
final class Assembly {
    JsonCodec json;
    Map<String, Object> initialContext;
    boolean debug;
    List<EventSource> sources;
    EventSource fixedSource;
    List<Feature> features;
    List<Route> routes;
    RouteTable table;
    /** The routes without the CORS pre-flight ones, or {@code null} when there are none. */
    RouteTable withoutPreflights;
    Chain notFound;
    Chain methodNotAllowed;
    Map<Class<? extends Throwable>, ExceptionHandler<?>> exceptionHandlers;
    ExceptionMapper exceptions;
    final List<ResponseFilter> filters = new ArrayList<>();
    List<String> stripPrefixes;
    List<Pattern> stripPatterns;

    static Assembly assemble(Settings s) {
        Assembly a = new Assembly();
        a.json = s.json() != null ? s.json() : new DefaultJsonCodec();
        a.initialContext = s.context().isEmpty() ? Map.of()
                : Collections.unmodifiableMap(new java.util.LinkedHashMap<>(s.context()));
        a.debug = s.debug() != null ? s.debug() : debugFromEnvironment();
        if (a.debug && s.debug() == null) {
            DebugLog.warnFromEnvironment();
        }
        a.exceptionHandlers = s.exceptionHandlers();
        a.exceptions = new ExceptionMapper(a.exceptionHandlers, a.debug, a.json, s.problemDetails());
        a.fixedSource = s.fixedSource();
        // A fixed source decodes every event: other sources are neither discovered nor created.
        List<EventSource> sources = Plugins.load(EventSource.class, s.discover() && s.fixedSource() == null,
                s.sources(), "event source");
        // Insertion sorts of a handful of plugins, not comparator lambdas: every lambda and method
        // reference spins a class at run time the first time it is used, which costs cold start.
        for (int i = 1; i < sources.size(); i++) {
            EventSource x = sources.get(i);
            int j = i - 1;
            while (j >= 0 && sourceAfter(sources.get(j), x)) {
                sources.set(j + 1, sources.get(j));
                j--;
            }
            sources.set(j + 1, x);
        }
        a.sources = List.copyOf(sources);
        List<Feature> features = Plugins.load(Feature.class, s.discover(), s.features(), "feature");
        for (int i = 1; i < features.size(); i++) {
            Feature x = features.get(i);
            int j = i - 1;
            while (j >= 0 && featureAfter(features.get(j), x)) {
                features.set(j + 1, features.get(j));
                j--;
            }
            features.set(j + 1, x);
        }
        a.features = List.copyOf(features);
        a.stripPrefixes = new ArrayList<>();
        for (String p : s.stripPrefixes()) {
            a.stripPrefixes.add(normalizePrefix(p));
        }
        a.stripPatterns = List.copyOf(s.stripPatterns());

        // The application keeps its own copies: a RouteSpec changed after build() changes nothing.
        List<RouteSpec> declared = s.routes();
        int count = declared.size();
        List<RouteSpec> specs = new ArrayList<>(count);
        List<Middleware> none = List.of();
        for (int i = 0; i < count; i++) { // by index: no iterator, two calls fewer per route
            specs.add(declared.get(i).copyUnder("", none));
        }
        List<Middleware> featureMiddlewares = new ArrayList<>();
        Context ctx = new Context(a, specs, featureMiddlewares, s.configs());
        for (Feature f : a.features) {
            f.setup(ctx);
        }
        checkRequiredFeatures(specs, a.features);
        List<Middleware> global = Engine.concat(featureMiddlewares, s.middlewares());
        a.table = new RouteTable(specs.size());
        List<RouteEntry> entries = new ArrayList<>(specs.size());
        // The global chain's array, made once and shared by every route without middlewares of its own.
        Middleware[] globalArray = Chain.array(global);
        for (int i = 0, n = specs.size(); i < n; i++) {
            RouteSpec spec = specs.get(i);
            PathTemplate template = PathTemplate.parse(spec.path());
            List<Middleware> own = spec.middlewares();
            Chain chain = own.isEmpty() ? new Chain(globalArray, spec.handler())
                    : new Chain(Engine.concat(global, own), spec.handler());
            RouteEntry entry = new RouteEntry(spec, template, chain);
            a.table.add(entry);
            entries.add(entry);
            if (a.withoutPreflights == null && entry.preflight) {
                a.withoutPreflights = new RouteTable();
            }
            if (a.debug) {
                Log.log(Level.INFO, "Route " + spec + ": middlewares in order " + names(chain.middlewares()));
            }
        }
        a.routes = Collections.unmodifiableList(new ArrayList<Route>(specs));
        if (a.withoutPreflights != null) {
            for (RouteEntry e : entries) {
                if (!e.preflight) {
                    a.withoutPreflights.add(e);
                }
            }
        }
        a.notFound = new Chain(global, s.notFound() != null ? s.notFound() : Engine.defaultNotFound(a.exceptions));
        a.methodNotAllowed = new Chain(global, s.methodNotAllowed() != null ? s.methodNotAllowed()
                : Engine.defaultMethodNotAllowed(a.exceptions));
        return a;
    }

    /** Sources go by descending priority, then id. */
    private static boolean sourceAfter(EventSource x, EventSource y) {
        return x.priority() != y.priority() ? x.priority() < y.priority() : x.id().compareTo(y.id()) > 0;
    }

    /** Features go by ascending weight, then id. */
    private static boolean featureAfter(Feature x, Feature y) {
        return x.weight() != y.weight() ? x.weight() > y.weight() : x.id().compareTo(y.id()) > 0;
    }

    private static List<String> names(List<Middleware> ms) {
        List<String> out = new ArrayList<>();
        for (Middleware m : ms) {
            out.add(m.getClass().getName());
        }
        return out;
    }

    private static String normalizePrefix(String p) {
        if (p == null || p.isEmpty() || "/".equals(p)) {
            throw new IllegalArgumentException("A prefix to strip must be a path such as /payment, not '" + p + "'");
        }
        String out = p.startsWith("/") ? p : "/" + p;
        return out.endsWith("/") ? out.substring(0, out.length() - 1) : out;
    }

    static boolean debugFromEnvironment() {
        return truthy(System.getenv("POWERTOOLS_DEV")) || truthy(System.getenv("POWERTOOLS_EVENT_HANDLER_DEBUG"));
    }

    static boolean truthy(String v) {
        if (v == null) {
            return false;
        }
        return Set.of("1", "true", "t", "yes", "y", "on").contains(v.trim().toLowerCase(Locale.ROOT));
    }

    private static void checkRequiredFeatures(List<RouteSpec> specs, List<Feature> features) {
        Set<String> ids = new HashSet<>();
        for (Feature f : features) {
            ids.add(f.id());
        }
        for (int i = 0, n = specs.size(); i < n; i++) {
            RouteSpec spec = specs.get(i);
            Map<RouteOption<?>, Object> options = spec.options();
            if (options.isEmpty()) {
                continue;
            }
            for (Map.Entry<RouteOption<?>, Object> e : options.entrySet()) {
                RouteOption<?> option = e.getKey();
                if (option.requiredFeature() != null && !java.util.Objects.equals(e.getValue(), option.defaultValue())
                        && !ids.contains(option.requiredFeature())) {
                    throw new IllegalStateException("Route " + spec + " sets '" + option.name() + "', which needs the '"
                            + option.requiredFeature() + "' feature: add the dependency " + option.requiredArtifact()
                            + " (or remove the option)");
                }
            }
        }
    }

    /** The {@link FeatureContext} every feature sets itself up through. */
    private static final class Context implements FeatureContext {
        private final Assembly assembly;
        private final List<RouteSpec> specs;
        private final List<Middleware> middlewares;
        private final Map<Class<?>, FeatureConfig> configs = new LinkedHashMap<>();

        Context(Assembly assembly, List<RouteSpec> specs, List<Middleware> middlewares, List<FeatureConfig> configs) {
            this.assembly = assembly;
            this.specs = specs;
            this.middlewares = middlewares;
            for (FeatureConfig c : configs) {
                this.configs.put(c.getClass(), c);
            }
        }

        @Override
        public <C extends FeatureConfig> Optional<C> config(Class<C> type) {
            for (Map.Entry<Class<?>, FeatureConfig> e : configs.entrySet()) {
                if (type.isAssignableFrom(e.getKey())) {
                    return Optional.of(type.cast(e.getValue()));
                }
            }
            return Optional.empty();
        }

        @Override
        public boolean debug() {
            return assembly.debug;
        }

        @Override
        public List<RouteSpec> routes() {
            return List.copyOf(specs);
        }

        @Override
        public RouteSpec addRoute(String method, String path, Handler handler) {
            RouteSpec spec = new RouteSpec(List.of(method), path, handler);
            specs.add(spec);
            return spec;
        }

        @Override
        public void addMiddleware(Middleware middleware) {
            middlewares.add(java.util.Objects.requireNonNull(middleware, "middleware"));
        }

        @Override
        public void addResponseFilter(ResponseFilter filter) {
            assembly.filters.add(java.util.Objects.requireNonNull(filter, "filter"));
        }

        @Override
        public JsonCodec json() {
            return assembly.json;
        }

        @Override
        public Response render(Response response) {
            return renderBody(assembly.json, response);
        }
    }

    static Response renderBody(JsonCodec json, Response r) {
        Object body = r.body();
        byte[] bytes;
        if (body == null) {
            bytes = new byte[0];
        } else if (body instanceof byte[] b) {
            bytes = b;
        } else if (body instanceof String str) {
            bytes = str.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        } else {
            try {
                bytes = json.write(body);
            } catch (java.io.IOException e) {
                throw new IllegalStateException("Cannot serialize a " + body.getClass().getName() + " to JSON", e);
            }
        }
        return r.toBuilder().body(bytes).contentType(Engine.contentType(r)).build();
    }
}
