package dev.portico.core;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.api.ExceptionHandler;
import dev.portico.api.Handler;
import dev.portico.api.JsonCodec;
import dev.portico.api.Middleware;
import dev.portico.api.Route;
import dev.portico.api.Router;
import dev.portico.api.Routes;
import dev.portico.api.UnsupportedEventException;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.FeatureConfig;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.core.internal.DefaultJsonCodec;
import dev.portico.core.internal.Engine;
import dev.portico.core.internal.Settings;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * A Portico application: routes Lambda HTTP events to handlers (Powertools' resolver).
 *
 * <pre>{@code
 * static final Resolver APP = Resolver.builder()
 *         .include(todoRouter, "/todos")
 *         .build();
 *
 * public void handleRequest(InputStream in, OutputStream out, Context context) throws IOException {
 *     APP.handleRequest(in, out, context);
 * }
 * }</pre>
 *
 * <p>Built once, a resolver is immutable and answers concurrent requests; per-request state lives in
 * the request. Event sources and features are found with {@link java.util.ServiceLoader} when
 * {@link Builder#build()} runs, never per request. Without a fixed source (the source-specific
 * resolvers such as {@code ApiGatewayRestResolver} fix one), each event goes to the first source, by
 * descending priority, that recognizes it.
 */
public class Resolver implements RequestStreamHandler {
    private final Engine engine;
    private final List<java.lang.reflect.Type> primeTypes;

    private Resolver(Engine engine, List<java.lang.reflect.Type> primeTypes) {
        this.engine = engine;
        this.primeTypes = primeTypes;
    }

    /**
     * For source-specific resolvers: a resolver sharing what another one built.
     *
     * @param built the resolver {@link Builder#build()} made
     */
    protected Resolver(Resolver built) {
        this.engine = Objects.requireNonNull(built, "built").engine;
        this.primeTypes = built.primeTypes;
    }

    /**
     * A new {@code ObjectMapper} with Portico's settings (unknown properties ignored, {@code BigDecimal}
     * written plain, {@code java.time} as ISO-8601 and {@code Optional} supported), to customize and
     * pass to {@link Builder#objectMapper(ObjectMapper)}: a plain {@code new ObjectMapper()} lacks them.
     *
     * @return the mapper
     */
    public static ObjectMapper newObjectMapper() {
        return dev.portico.core.internal.Mappers.create();
    }

    /**
     * A builder for a resolver that detects the event source of each event. Its type can be named
     * in fields and helpers ({@code Resolver.Builder b = Resolver.builder();}), and a helper taking
     * a {@code Resolver.Builder} also accepts the builders of the source-specific resolvers.
     *
     * @return the builder
     */
    public static Builder builder() {
        return new Builder(Same.INSTANCE);
    }

    /** The built resolver itself: a class, not {@code Function.identity()}, whose lambda is spun at run time. */
    private static final class Same implements Function<Resolver, Resolver> {
        static final Same INSTANCE = new Same();

        @Override
        public Resolver apply(Resolver built) {
            return built;
        }
    }

    /**
     * A builder whose {@code build()} returns a subclass, for source-specific resolvers.
     *
     * @param wrap makes the subclass from the built resolver (usually {@code MyResolver::new})
     * @param <R> the resolver type
     * @return the builder
     */
    public static <R extends Resolver> TypedBuilder<R> builder(Function<Resolver, R> wrap) {
        return new TypedBuilder<>(wrap);
    }

    /**
     * Answers a Lambda event: reads the event JSON, writes the event source's response JSON. This is
     * the {@link RequestStreamHandler} entry point; no event POJOs are created on the way.
     *
     * @param event the event
     * @param response where the response goes; not closed
     * @param context the Lambda context, or {@code null} outside Lambda
     * @throws IOException when reading or writing fails
     * @throws UnsupportedEventException when the event is not an HTTP event a source recognizes
     */
    @Override
    public void handleRequest(InputStream event, OutputStream response, Context context) throws IOException {
        engine.handle(event, response, context);
    }

    /**
     * Answers an event given as a JSON string (Powertools' {@code app.resolve(event, context)}).
     *
     * @param eventJson the event
     * @param context the Lambda context, or {@code null}
     * @return the response JSON in the event source's format
     * @throws UnsupportedEventException when the event is not an HTTP event a source recognizes
     */
    public String resolve(String eventJson, Context context) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(512);
        try {
            engine.handle(new ByteArrayInputStream(eventJson.getBytes(StandardCharsets.UTF_8)), out, context);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    /**
     * Answers a request that an event source already decoded: the path of typed entry points
     * ({@code RequestHandler<APIGatewayProxyRequestEvent, ...>}) and of the local HTTP server.
     *
     * @param request the request
     * @param context the Lambda context, or {@code null}
     * @return the response, for the source to encode
     */
    public WireResponse dispatch(SourceRequest request, Context context) {
        return engine.dispatch(request, context);
    }

    /**
     * Decodes a typed event and answers it: the path of typed entry points such as
     * {@code RequestHandler<APIGatewayProxyRequestEvent, ...>}. An event that cannot be decoded (the
     * decoder throws a {@link dev.portico.api.ServiceError}, e.g. no method) is answered with that
     * error's status and body without reaching the routes, as the stream entry point answers it.
     *
     * @param decode decodes the typed event
     * @param context the Lambda context, or {@code null}
     * @return the response, for the source to encode
     */
    public WireResponse dispatch(java.util.function.Supplier<SourceRequest> decode, Context context) {
        SourceRequest request;
        try {
            request = decode.get();
        } catch (dev.portico.api.ServiceError e) {
            return engine.renderError(e);
        }
        if (engine.debug()) {
            engine.logTypedEvent(request, context);
        }
        return engine.dispatch(request, context);
    }

    /**
     * Warms the request path, so that the first real request is answered about as fast as a warm one:
     * for SnapStart (call it during init, e.g. from a CRaC {@code beforeCheckpoint} hook) or
     * provisioned concurrency; see docs/running-on-lambda.md.
     *
     * <p>It runs rounds of synthetic requests (at least 600, then until rounds stop getting faster;
     * at most 2,000 rounds and 2 seconds) through every route, each written as an event of every
     * source and answered from the event bytes as {@link #handleRequest} answers them, so the JIT
     * compiles what a request runs. A stand-in answers in place of each route's handler and
     * middlewares: <b>no handler, middleware or exception handler of the application runs</b>, and
     * neither do the features' response filters, so priming has no side effects and keeps nothing. A
     * typed route of feature-openapi gets a body made from its {@code @Body} type and constraints
     * (and refused ones, for the 422 writer), answered by its own binding and result writing
     * ({@link dev.portico.api.spi.Feature#primer}); other {@code POST}, {@code PUT} and {@code PATCH}
     * routes get a sample of each type named with {@link Builder#primeTypes(java.lang.reflect.Type...)},
     * read with {@code request.body(type)} (so those types' constructors run), and a malformed one
     * (the 400 answer). The JSON codec is prepared for the named types and every feature's
     * {@code prime()} runs. Routes with a regular-expression path and sources that cannot write events
     * are skipped, never an error. Safe to call while requests are answered, and more than once.
     *
     * @return how many event sources were primed (sources that cannot write events are skipped)
     */
    public int prime() {
        return engine.prime(primeTypes);
    }

    /** @return the event sources in detection order (only the fixed one, when there is one) */
    public List<EventSource> sources() {
        return engine.sources();
    }

    /** @return the active features, in weight order */
    public List<Feature> features() {
        return engine.features();
    }

    /** @return every route, including those features added */
    public List<Route> routes() {
        return engine.routes();
    }

    /** @return whether debug mode is on */
    public boolean debug() {
        return engine.debug();
    }

    /**
     * Collects routes and settings; {@link #build()} checks them and makes the immutable resolver.
     * The source-specific resolvers' builders are {@link TypedBuilder}s, a subclass whose
     * {@code build()} returns their resolver type.
     */
    public static sealed class Builder extends Routes<Builder> permits TypedBuilder {
        private final Function<Resolver, ? extends Resolver> wrap;
        private EventSource fixedSource;
        private final List<EventSource> sources = new ArrayList<>();
        private final List<Feature> features = new ArrayList<>();
        private final List<FeatureConfig> configs = new ArrayList<>();
        private final List<String> stripPrefixes = new ArrayList<>();
        private final List<Pattern> stripPatterns = new ArrayList<>();
        private boolean discover = true;
        private Boolean debug;
        private boolean problemDetails;
        private JsonCodec json;
        private final List<java.lang.reflect.Type> primeTypes = new ArrayList<>();

        private Builder(Function<Resolver, ? extends Resolver> wrap) {
            this.wrap = wrap;
        }

        /**
         * Decodes every event with this source only; other events raise
         * {@link UnsupportedEventException}.
         *
         * @param source the source
         * @return this builder
         */
        public Builder source(EventSource source) {
            this.fixedSource = Objects.requireNonNull(source, "source");
            return this;
        }

        /**
         * Adds an event source, replacing a discovered one with the same id.
         *
         * @param source the source
         * @return this builder
         */
        public Builder register(EventSource source) {
            sources.add(Objects.requireNonNull(source, "source"));
            return this;
        }

        /**
         * Adds a feature, replacing a discovered one with the same id.
         *
         * @param feature the feature
         * @return this builder
         */
        public Builder register(Feature feature) {
            features.add(Objects.requireNonNull(feature, "feature"));
            return this;
        }

        /**
         * Turns {@link java.util.ServiceLoader} discovery of sources and features on (default) or off;
         * off, only registered plugins are used.
         *
         * @param on whether to discover
         * @return this builder
         */
        public Builder discover(boolean on) {
            this.discover = on;
            return this;
        }

        /**
         * Passes configuration to a feature, such as a {@code CorsConfig}.
         *
         * @param config the configuration
         * @return this builder
         */
        public Builder configure(FeatureConfig config) {
            configs.add(Objects.requireNonNull(config, "config"));
            return this;
        }

        /**
         * Turns debug mode on or off. Unset, it follows the {@code POWERTOOLS_DEV} and
         * {@code POWERTOOLS_EVENT_HANDLER_DEBUG} environment variables. Debug mode puts stack traces in
         * 500 responses and logs requests, responses and middleware order: never in production.
         *
         * @param on whether debug mode is on
         * @return this builder
         */
        public Builder debug(boolean on) {
            this.debug = on;
            return this;
        }

        /**
         * Answers every error (a {@link dev.portico.api.ServiceError}, the default 404 and 405, a
         * validation 422, an unhandled exception's 500) as an RFC 9457 problem,
         * {@code application/problem+json} with {@code type}, {@code title}, {@code status},
         * {@code detail} and {@code instance}, instead of the Powertools-compatible
         * {@code {"statusCode":N,"message":"..."}}. Off by default.
         *
         * @param on whether errors are Problem Details
         * @return this builder
         */
        public Builder problemDetails(boolean on) {
            this.problemDetails = on;
            return this;
        }

        /**
         * Strips path prefixes before routing (custom domain API mappings). A request for exactly the
         * prefix routes as {@code /}.
         *
         * @param prefixes prefixes such as {@code /payment}
         * @return this builder
         */
        public Builder stripPrefixes(String... prefixes) {
            stripPrefixes.addAll(List.of(prefixes));
            return this;
        }

        /**
         * Strips path prefixes matched by regular expressions at the start of the path.
         *
         * @param prefixes patterns such as {@code Pattern.compile("/v[0-9]+")}
         * @return this builder
         */
        public Builder stripPrefixes(Pattern... prefixes) {
            stripPatterns.addAll(List.of(prefixes));
            return this;
        }

        /**
         * Uses an {@code ObjectMapper} for every request body read and response body written. Start from
         * {@link Resolver#newObjectMapper()} to keep Portico's settings.
         *
         * @param mapper the mapper
         * @return this builder
         */
        public Builder objectMapper(ObjectMapper mapper) {
            Objects.requireNonNull(mapper, "mapper");
            return jsonCodec(new MapperCodec(mapper));
        }

        /**
         * Writes response bodies with a function of your own (Powertools' {@code serializer});
         * request bodies are still read by the default codec.
         *
         * @param serializer turns a handler result into JSON text
         * @return this builder
         */
        public Builder serializer(Function<Object, String> serializer) {
            Objects.requireNonNull(serializer, "serializer");
            DefaultJsonCodec reader = new DefaultJsonCodec();
            return jsonCodec(new SerializerCodec(serializer, reader));
        }

        /**
         * Names the types request bodies are read into ({@code request.body(Todo.class)}) and handlers
         * return, so that {@link Resolver#prime()} prepares the JSON codec for them (and the types they
         * contain), binds a sample of each on the {@code POST}, {@code PUT} and {@code PATCH} routes and
         * writes one on the others, and the first request binding or returning one pays nothing for it.
         * Typed routes of feature-openapi are primed without this.
         *
         * @param types classes, or {@code java.lang.reflect.Type}s such as a {@code List<Todo>}
         * @return this builder
         */
        public Builder primeTypes(java.lang.reflect.Type... types) {
            for (java.lang.reflect.Type t : types) {
                primeTypes.add(Objects.requireNonNull(t, "type"));
            }
            return this;
        }

        /**
         * Replaces the JSON codec.
         *
         * @param codec the codec
         * @return this builder
         */
        public Builder jsonCodec(JsonCodec codec) {
            this.json = Objects.requireNonNull(codec, "codec");
            return this;
        }

        /**
         * Builds the resolver: discovers plugins, sets features up, compiles routes.
         *
         * @return the resolver
         * @throws IllegalStateException or IllegalArgumentException when the configuration is wrong
         *     (duplicate routes, a route option whose feature is missing, ...), with a message saying
         *     how to fix it
         */
        public Resolver build() {
            Settings settings = new Settings(routes(), middlewares(), exceptionHandlers(), context(),
                    notFoundHandler(), methodNotAllowedHandler(), fixedSource, List.copyOf(sources),
                    List.copyOf(features), discover, List.copyOf(configs), debug, List.copyOf(stripPrefixes),
                    List.copyOf(stripPatterns), json, problemDetails);
            return wrap.apply(new Resolver(Engine.build(settings), List.copyOf(primeTypes)));
        }
    }

    /**
     * The builder of a source-specific resolver ({@code ApiGatewayRestResolver.builder()} and the
     * others): a {@link Builder} whose chaining methods return this type and whose {@link #build()}
     * returns the resolver type {@code R}. Every chaining method of {@link Builder} is overridden
     * here only to narrow its return type.
     *
     * @param <R> the resolver type built
     */
    public static final class TypedBuilder<R extends Resolver> extends Builder {
        private TypedBuilder(Function<Resolver, R> wrap) {
            super(wrap);
        }

        @Override
        @SuppressWarnings("unchecked") // the builder's wrap function makes an R
        public R build() {
            return (R) super.build();
        }

        @Override
        public TypedBuilder<R> source(EventSource source) {
            super.source(source);
            return this;
        }

        @Override
        public TypedBuilder<R> register(EventSource source) {
            super.register(source);
            return this;
        }

        @Override
        public TypedBuilder<R> register(Feature feature) {
            super.register(feature);
            return this;
        }

        @Override
        public TypedBuilder<R> discover(boolean on) {
            super.discover(on);
            return this;
        }

        @Override
        public TypedBuilder<R> configure(FeatureConfig config) {
            super.configure(config);
            return this;
        }

        @Override
        public TypedBuilder<R> debug(boolean on) {
            super.debug(on);
            return this;
        }

        @Override
        public TypedBuilder<R> stripPrefixes(String... prefixes) {
            super.stripPrefixes(prefixes);
            return this;
        }

        @Override
        public TypedBuilder<R> stripPrefixes(Pattern... prefixes) {
            super.stripPrefixes(prefixes);
            return this;
        }

        @Override
        public TypedBuilder<R> objectMapper(ObjectMapper mapper) {
            super.objectMapper(mapper);
            return this;
        }

        @Override
        public TypedBuilder<R> serializer(Function<Object, String> serializer) {
            super.serializer(serializer);
            return this;
        }

        @Override
        public TypedBuilder<R> problemDetails(boolean on) {
            super.problemDetails(on);
            return this;
        }

        @Override
        public TypedBuilder<R> primeTypes(java.lang.reflect.Type... types) {
            super.primeTypes(types);
            return this;
        }

        @Override
        public TypedBuilder<R> jsonCodec(JsonCodec codec) {
            super.jsonCodec(codec);
            return this;
        }

        @Override
        public TypedBuilder<R> routes(java.util.function.Consumer<? super Builder> declarations) {
            super.routes(declarations);
            return this;
        }

        @Override
        public TypedBuilder<R> use(Middleware... middleware) {
            super.use(middleware);
            return this;
        }

        @Override
        public <E extends Throwable> TypedBuilder<R> exceptionHandler(Class<E> type, ExceptionHandler<? super E> handler) {
            super.exceptionHandler(type, handler);
            return this;
        }

        @Override
        public TypedBuilder<R> exceptionHandler(List<Class<? extends Throwable>> types, ExceptionHandler<Throwable> handler) {
            super.exceptionHandler(types, handler);
            return this;
        }

        @Override
        public TypedBuilder<R> notFound(Handler handler) {
            super.notFound(handler);
            return this;
        }

        @Override
        public TypedBuilder<R> methodNotAllowed(Handler handler) {
            super.methodNotAllowed(handler);
            return this;
        }

        @Override
        public TypedBuilder<R> appendContext(String key, Object value) {
            super.appendContext(key, value);
            return this;
        }

        @Override
        public TypedBuilder<R> include(Router router) {
            super.include(router);
            return this;
        }

        @Override
        public TypedBuilder<R> include(Router router, String prefix) {
            super.include(router, prefix);
            return this;
        }
    }
}
