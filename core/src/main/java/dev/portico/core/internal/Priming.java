package dev.portico.core.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.Handler;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.JsonCodec;
import dev.portico.api.QueryParams;
import dev.portico.api.Request;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.ServiceError;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.Primer;
import dev.portico.api.spi.SourceRequest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.lang.reflect.Field;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code Resolver.prime()}: warms what the first request will run, so that it is answered about as
 * fast as a warm one.
 *
 * <p>The first requests of a JVM are slow for two reasons: classes and per-type state are set up on
 * first use, and the code runs interpreted until the JIT compiles it (with Lambda's
 * {@code -XX:TieredStopAtLevel=1}, C1 compiles a method after about 200 invocations, queued behind
 * the others). So priming runs <em>rounds</em> of synthetic requests, at least {@link #MIN_ROUNDS}
 * and until a round is no faster than the rounds before it (the compiled code is in place), at most
 * {@link #MAX_ROUNDS} rounds and {@link #BUDGET_NANOS} in all. It does not wait for the compiler
 * queue: there is no supported way to, and more rounds give the compiler the same time while also
 * counting towards the thresholds.
 *
 * <p>Each synthetic request takes the path a real one takes: for every event source, the request is
 * written as an event of that source ({@link EventSource#writeEvent}), and the event bytes are
 * answered by {@link Engine#handle} (parse, source detection, decoding, route lookup, binding,
 * exception mapping, result serialization, encoding to bytes), exactly as the stream entry point
 * answers them, by a copy of the application that differs in three ways: every route's handler and
 * middlewares are replaced by a stand-in, the not-found and method-not-allowed answers are the
 * default ones without middlewares, and the application's exception handlers, debug mode and the
 * features' response filters are left out. No user handler, middleware or exception handler runs, so
 * priming has no side effect; per-request state lives in each request, and nothing else is kept.
 *
 * <p>What a synthetic request carries, per route: a feature's {@link Primer} when one owns the route
 * ({@link Feature#primer(Route)}: feature-openapi's typed routes, with a valid body and refused
 * ones), otherwise a request Portico makes: the path with each parameter {@code 1}, and for
 * {@code POST}, {@code PUT} and {@code PATCH} a JSON body of each type named with
 * {@code primeTypes(...)} (a sample made from the type's record components or bean properties), read
 * by the stand-in with {@code request.body(type)} and answered as the response body. Routes of other
 * methods answer a sample of a primed type. So the constructors of primed records run during
 * priming. A route Portico cannot make a request for (a regular-expression path) is skipped and
 * counted, never an error; so is a synthetic request that fails where a real one would not.
 */
final class Priming {
    /**
     * Rounds always run: well past C1's invocation threshold (about 200 calls, raised while the
     * compiler's queue is long) for the code of the routes with a body, which get one request a round.
     */
    static final int MIN_ROUNDS = 600;
    /** Rounds at most. */
    static final int MAX_ROUNDS = 2000;
    /** Time at most, for all rounds: 2 s. */
    static final long BUDGET_NANOS = 2_000_000_000L;
    /** Rounds compared to see whether the rounds still get faster. */
    private static final int WINDOW = 40;
    /** Requests with a body or a feature's primer per round and source (more rotate). */
    private static final int RICH_PER_ROUND = 16;
    /** Other requests per round and source (more rotate). */
    private static final int PLAIN_PER_ROUND = 1;
    /** Refused requests (400, 404, 422) run every this many rounds. */
    private static final int ERROR_EVERY = 4;
    /** Refused requests per such round and source (more rotate). */
    private static final int ERRORS_PER_ROUND = 1;

    private static final String PRIME_PATH = "/__portico/prime";
    /**
     * Headers every synthetic request carries, with stand-in values: those API Gateway, CloudFront,
     * load balancers and common clients add to real requests, so that their names are already in the
     * event parser's symbol table when the first real event arrives.
     */
    private static final Map<String, String> COMMON_HEADERS = headers(
            "Accept-Encoding", "gzip, deflate, br",
            "Accept-Language", "en-US,en;q=0.9",
            "CloudFront-Forwarded-Proto", "https",
            "CloudFront-Is-Desktop-Viewer", "true",
            "CloudFront-Is-Mobile-Viewer", "false",
            "CloudFront-Is-SmartTV-Viewer", "false",
            "CloudFront-Is-Tablet-Viewer", "false",
            "CloudFront-Viewer-Country", "US",
            "Host", "example.execute-api.us-east-1.amazonaws.com",
            "User-Agent", "Mozilla/5.0 (portico-prime)",
            "Via", "2.0 00000000000000000000000000000000.cloudfront.net (CloudFront)",
            "X-Amz-Cf-Id", "portico-prime-000000000000000000000000000000000000000000",
            "X-Amzn-Trace-Id", "Root=1-00000000-000000000000000000000000",
            "X-Forwarded-For", "192.0.2.1, 198.51.100.1",
            "X-Forwarded-Port", "443",
            "X-Forwarded-Proto", "https");
    private static final String PRIME_RECORD = "{\"id\":1,\"title\":\"x\",\"done\":false,\"tags\":[\"a\"]}";
    private static final String PRIME_MAP = "{\"a\":[1,2.5,true,null,\"x\",{}]}";

    /**
     * What one {@code prime()} call did.
     *
     * @param sources event sources primed (those that can write their events)
     * @param routes routes answered by at least one successful synthetic request
     * @param skippedRoutes routes priming could not make a request for, or whose requests failed
     * @param skippedTypes primed types without a sample the codec reads and writes
     * @param rounds rounds run
     * @param requests synthetic requests answered
     * @param nanos time spent
     */
    record Result(int sources, int routes, int skippedRoutes, int skippedTypes, int rounds, int requests,
                  long nanos) {
    }

    /** A primed type with a sample the codec reads and writes. */
    private record TypeSample(Type type, String json, Object value) {
    }

    /** One synthetic request of one route, written as an event of each source on first use. */
    private static final class Sample {
        private static final byte[] NONE = new byte[0];
        final Route route;
        final SourceRequest request;
        /** Portico's stand-in: the type the body is read as, or {@code null}. */
        final Type bodyType;
        /** Portico's stand-in: what it answers when there is no body. */
        final Object result;
        final boolean error;
        final byte[][] events;
        boolean failed;
        boolean answered;

        Sample(Route route, SourceRequest request, Type bodyType, Object result, boolean error, int sources) {
            this.route = route;
            this.request = request;
            this.bodyType = bodyType;
            this.result = result;
            this.error = error;
            this.events = new byte[sources][];
        }
    }

    private final Engine engine;
    private final JsonCodec json;
    private final List<EventSource> sources;
    private final List<TypeSample> types = new ArrayList<>();
    private final List<Sample> rich = new ArrayList<>();
    private final List<Sample> plain = new ArrayList<>();
    private final List<Sample> errors = new ArrayList<>();
    private final Engine copy;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);
    private final PrimeContext context = new PrimeContext();
    private final com.fasterxml.jackson.core.JsonFactory scratch = com.fasterxml.jackson.core.JsonFactory.builder()
            .disable(com.fasterxml.jackson.core.JsonFactory.Feature.INTERN_FIELD_NAMES).build();
    private int skippedTypes;
    /** The request being answered: priming is single-threaded, one {@code Priming} per call. */
    private Sample current;

    private Priming(Engine engine, List<Type> primeTypes) {
        this.engine = engine;
        this.json = engine.json;
        this.sources = engine.sources();
        for (Type t : primeTypes) {
            TypeSample s = typeSample(t);
            if (s != null) {
                types.add(s);
            } else {
                skippedTypes++;
            }
        }
        if (types.isEmpty()) {
            types.add(new TypeSample(Map.class, PRIME_MAP, Map.of("primed", List.of(true, 1, "x"))));
        }
        ExceptionMapper mapper = engine.exceptions.withoutHandlers();
        RouteTable table = new RouteTable();
        // Two classes of stand-in, so that the call of the handler in the route chain sees several
        // classes and is compiled as such: the application's handler then takes that call as it is.
        Handler[] portico = {new StandIn(), new OtherStandIn()};
        List<Route> routes = engine.routes();
        for (int i = 0; i < routes.size(); i++) {
            Route route = routes.get(i);
            PathTemplate template = PathTemplate.parse(route.path());
            Primer primer = primer(route);
            Handler standIn = primer != null && primer.standIn() != null ? new Guard(primer.standIn())
                    : portico[i % portico.length];
            table.add(new RouteEntry(route, template, new Chain(List.of(), standIn)));
            if (template.kind == PathTemplate.Kind.REGEX) {
                continue; // no request can be made for it: counted as skipped
            }
            samples(route, template, primer, i);
        }
        Chain notFound = new Chain(List.of(), Engine.defaultNotFound(mapper));
        Chain notAllowed = new Chain(List.of(), Engine.defaultMethodNotAllowed(mapper));
        this.copy = new Engine(engine, table, notFound, notAllowed, mapper);
        // Every source answers a 404 too: primed even when no route can be synthesised.
        errors.add(new Sample(null, request("GET", PRIME_PATH + "/not-found", Map.of(), Map.of(), null), null,
                null, true, sources.size()));
    }

    /**
     * Primes an application.
     *
     * @param engine the application
     * @param primeTypes the types named with {@code primeTypes(...)}
     * @return what was done
     */
    static Result run(Engine engine, List<Type> primeTypes) {
        long start = System.nanoTime();
        primeJson(engine, primeTypes);
        for (Feature feature : engine.features()) {
            try {
                feature.prime();
            } catch (RuntimeException e) {
                Log.log(Level.DEBUG, "Priming skipped the " + feature.id() + " feature: " + e);
            }
        }
        Result r = new Priming(engine, primeTypes).rounds(start);
        Log.log(Level.DEBUG, "Primed " + r.sources() + " event source(s) and " + r.routes() + " route(s) in "
                + r.rounds() + " rounds, " + r.requests() + " requests, " + r.nanos() / 1_000_000 + " ms; skipped "
                + r.skippedRoutes() + " route(s) and " + r.skippedTypes() + " type(s)");
        return r;
    }

    private Result rounds(long start) {
        boolean[] primedSource = new boolean[sources.size()];
        long[] times = new long[MAX_ROUNDS];
        int requests = 0;
        int rounds = 0;
        int richAt = 0;
        int plainAt = 0;
        int errorAt = 0;
        List<Sample> batch = new ArrayList<>();
        while (rounds < MAX_ROUNDS) {
            long t0 = System.nanoTime();
            batch.clear();
            richAt = pick(rich, richAt, RICH_PER_ROUND, batch);
            plainAt = pick(plain, plainAt, PLAIN_PER_ROUND, batch);
            if (rounds % ERROR_EVERY == 0) {
                errorAt = pick(errors, errorAt, ERRORS_PER_ROUND, batch);
            }
            freshNames(rounds);
            for (int s = 0; s < sources.size(); s++) {
                for (Sample sample : batch) {
                    if (!sample.failed && send(sample, s)) {
                        primedSource[s] = true;
                        requests++;
                    }
                }
            }
            long t1 = System.nanoTime();
            times[rounds++] = t1 - t0;
            if (t1 - start > BUDGET_NANOS || requests == 0 || (rounds >= MIN_ROUNDS && rounds % WINDOW == 0
                    && median(times, rounds - WINDOW) * 20 > median(times, rounds - 2 * WINDOW) * 19)) {
                break;
            }
        }
        int primed = 0;
        for (boolean p : primedSource) {
            primed += p ? 1 : 0;
        }
        return new Result(primed, countRoutes(), engine.routes().size() - countRoutes(), skippedTypes, rounds,
                requests, System.nanoTime() - start);
    }

    private int countRoutes() {
        java.util.Set<Route> answered = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (List<Sample> list : List.of(rich, plain)) {
            for (Sample s : list) {
                if (s.answered) {
                    answered.add(s.route);
                }
            }
        }
        return answered.size();
    }

    /**
     * Parses, with a factory of its own that is dropped afterwards, a small document whose property
     * names are new in every round: the parser's path for names it has not seen (decoding, adding to
     * and growing the symbol table) then runs often enough to be compiled. A real event's names that
     * the synthetic events do not have (a client's own headers) take that path on the first request.
     * The factory does not intern names, so nothing is left in the JVM's string table.
     */
    private void freshNames(int round) {
        String r = Integer.toString(round, 36);
        String doc = "{\"" + r + "\":1,\"X-" + r + "-Id\":\"v\",\"x-custom-" + r + "-header\":[\"v\"],"
                + "\"X-Some-Much-Longer-Header-Name-" + r + "\":{\"k" + r + "\":null,\"" + r + "\":true}}";
        try (com.fasterxml.jackson.core.JsonParser p = scratch.createParser(
                new ByteArrayInputStream(doc.getBytes(StandardCharsets.UTF_8)))) {
            skim(p, p.nextToken());
        } catch (IOException e) {
            // cannot happen with this document; nothing to warm then
        }
    }

    /** Reads a value as {@code EventJson} does, field names with {@code nextFieldName()}. */
    private static void skim(com.fasterxml.jackson.core.JsonParser p, com.fasterxml.jackson.core.JsonToken t)
            throws IOException {
        if (t == com.fasterxml.jackson.core.JsonToken.START_OBJECT) {
            while (p.nextFieldName() != null) {
                skim(p, p.nextToken());
            }
        } else if (t == com.fasterxml.jackson.core.JsonToken.START_ARRAY) {
            com.fasterxml.jackson.core.JsonToken n;
            while ((n = p.nextToken()) != com.fasterxml.jackson.core.JsonToken.END_ARRAY && n != null) {
                skim(p, n);
            }
        } else if (t == com.fasterxml.jackson.core.JsonToken.VALUE_STRING) {
            p.getText();
        }
    }

    /** Adds up to {@code n} samples from {@code from}, rotating; returns where the next round starts. */
    private static int pick(List<Sample> from, int at, int n, List<Sample> into) {
        int size = from.size();
        if (size <= n) {
            into.addAll(from);
            return 0;
        }
        for (int i = 0; i < n; i++) {
            into.add(from.get((at + i) % size));
        }
        return (at + n) % size;
    }

    private static long median(long[] times, int from) {
        long[] w = Arrays.copyOfRange(times, from, from + WINDOW);
        Arrays.sort(w);
        return w[WINDOW / 2];
    }

    /** Answers one sample as an event of one source; {@code false} when it cannot be. */
    private boolean send(Sample sample, int source) {
        byte[] event = sample.events[source];
        if (event == null) {
            event = event(sample, source);
            sample.events[source] = event;
        }
        if (event == Sample.NONE) {
            return false;
        }
        current = sample;
        out.reset();
        try {
            copy.handle(new ByteArrayInputStream(event), out, context);
        } catch (IOException | RuntimeException e) {
            fail(sample, e);
            return false;
        } finally {
            current = null;
        }
        if (sample.failed) {
            return false;
        }
        sample.answered = true;
        return true;
    }

    private static void fail(Sample sample, Throwable e) {
        if (!sample.failed) {
            sample.failed = true;
            Log.log(Level.DEBUG, "Priming skipped a synthetic request to " + (sample.route == null ? "no route"
                    : "route " + sample.route.methods() + " " + sample.route.path()) + ": " + e);
        }
    }

    /**
     * The sample's event in the source's format, or {@link Sample#NONE} when the source cannot write
     * it, or the application would not give it to that source, or the source cannot decode it.
     */
    private byte[] event(Sample sample, int index) {
        EventSource source = sources.get(index);
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(512);
            try (JsonGenerator g = EventJson.factory().createGenerator(bytes)) {
                source.writeEvent(sample.request, g);
            }
            byte[] event = bytes.toByteArray();
            Object parsed = EventJson.parse(event);
            if (!(parsed instanceof Map)) {
                return Sample.NONE;
            }
            @SuppressWarnings("unchecked")
            EventJson e = EventJson.of((Map<String, Object>) parsed);
            EventSource picked = null;
            for (EventSource s : sources) {
                if (s.recognizes(e)) {
                    picked = s;
                    break;
                }
            }
            if (picked != source) {
                return Sample.NONE;
            }
            source.decode(e);
            return event;
        } catch (UnsupportedOperationException e) {
            return Sample.NONE; // a source that cannot write events
        } catch (IOException | RuntimeException e) {
            Log.log(Level.DEBUG, "Priming skipped the " + source.id() + " event source for a request: " + e);
            return Sample.NONE;
        }
    }

    private Primer primer(Route route) {
        for (Feature feature : engine.features()) {
            try {
                Optional<Primer> p = feature.primer(route);
                if (p != null && p.isPresent()) {
                    return p.get();
                }
            } catch (RuntimeException e) {
                Log.log(Level.DEBUG, "Priming skipped the " + feature.id() + " feature's primer for " + route.path()
                        + ": " + e);
            }
        }
        return null;
    }

    /** Makes the synthetic requests of one route. */
    private void samples(Route route, PathTemplate template, Primer primer, int index) {
        String method = method(route);
        Map<String, String> params = primer != null ? primer.pathParams() : Map.of();
        StringBuilder path = new StringBuilder();
        int param = 0;
        for (String literal : template.literals) {
            path.append('/');
            if (literal != null) {
                path.append(literal);
            } else {
                String value = params.get(template.paramNames[param++]);
                path.append(value != null ? value : "1");
            }
        }
        String p = path.length() == 0 ? "/" : path.toString();
        Map<String, String> headers = new java.util.LinkedHashMap<>(COMMON_HEADERS);
        if (HttpMethod.OPTIONS.equals(method)) {
            // a CORS pre-flight
            headers.put("Origin", "https://example.com");
            headers.put("Access-Control-Request-Method", "GET");
        }
        int sources = this.sources.size();
        if (primer != null) {
            headers.putAll(primer.headers());
            Map<String, String> query = primer.queryParams();
            boolean body = primer.body() != null;
            Type bodyType = primer.standIn() == null && body ? Map.class : null;
            rich.add(new Sample(route, request(method, p, query, headers, primer.body()), bodyType,
                    types.get(index % types.size()).value(), false, sources));
            for (String refused : primer.errorBodies()) {
                errors.add(new Sample(route, request(method, p, query, headers, refused), Map.class, null, true,
                        sources));
            }
            return;
        }
        if (HttpMethod.POST.equals(method) || HttpMethod.PUT.equals(method) || HttpMethod.PATCH.equals(method)) {
            for (TypeSample t : types) {
                rich.add(new Sample(route, request(method, p, Map.of(), headers, t.json()), t.type(), null, false,
                        sources));
            }
            // malformed JSON: the 400 answer
            errors.add(new Sample(route, request(method, p, Map.of(), headers, "{\"a\":"), types.get(0).type(), null,
                    true, sources));
            return;
        }
        plain.add(new Sample(route, request(method, p, Map.of(), headers, null), null,
                types.get(index % types.size()).value(), false, sources));
    }

    private static Map<String, String> headers(String... namesAndValues) {
        Map<String, String> m = new java.util.LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            m.put(namesAndValues[i], namesAndValues[i + 1]);
        }
        return java.util.Collections.unmodifiableMap(m);
    }

    private static String method(Route route) {
        for (String m : route.methods()) {
            if (!HttpMethod.ANY.equals(m)) {
                return m;
            }
        }
        return HttpMethod.GET;
    }

    private static SourceRequest request(String method, String path, Map<String, String> query,
                                         Map<String, String> headers, String body) {
        Headers.Builder h = Headers.builder().add("Accept", "application/json");
        if (body != null) {
            h.add("Content-Type", "application/json");
        }
        for (Map.Entry<String, String> e : headers.entrySet()) {
            h.add(e.getKey(), e.getValue());
        }
        QueryParams.Builder q = QueryParams.builder();
        for (Map.Entry<String, String> e : query.entrySet()) {
            q.add(e.getKey(), e.getValue());
        }
        SourceRequest.Builder b = SourceRequest.builder("prime").method(method).path(path).headers(h.build())
                .queryParams(q.build());
        if (body != null) {
            b.body(body, false);
        }
        return b.build();
    }

    /**
     * Portico's stand-in for a route's handler and middlewares: reads the synthetic body as the
     * sample's type and answers it, as {@code Response.status(200).body(request.body(type)).build()};
     * without a body, answers the sample's value.
     */
    private class StandIn implements Handler {
        @Override
        public Object handle(Request request) {
            Sample s = current;
            if (s == null) {
                throw new IllegalStateException("not priming");
            }
            try {
                if (s.bodyType != null) {
                    Object value = request.body(s.bodyType);
                    return Response.status(200).body(value).build();
                }
                return s.result;
            } catch (ServiceError e) {
                throw e;
            } catch (RuntimeException e) {
                fail(s, e);
                return Response.status(500).build();
            }
        }
    }

    /** {@link StandIn} as a class of its own (see where the chains are made). */
    private final class OtherStandIn extends StandIn {
    }

    /**
     * A feature's stand-in: what it throws other than a {@link ServiceError} (which is answered as a
     * real request's would be) fails the synthetic request without reaching the exception log.
     */
    private final class Guard implements Handler {
        private final Handler standIn;

        Guard(Handler standIn) {
            this.standIn = standIn;
        }

        @Override
        public Object handle(Request request) throws Exception {
            Sample s = current;
            try {
                return standIn.handle(request);
            } catch (ServiceError e) {
                throw e;
            } catch (Exception | LinkageError | AssertionError e) {
                if (s != null) {
                    fail(s, e);
                }
                return Response.status(500).build();
            }
        }
    }

    /**
     * The Lambda context of synthetic requests: a class of its own, so that two {@code Context}
     * classes ({@link LocalContext} too) are loaded when the JIT compiles the request path, and the
     * compiled code assumes no single implementation. Were {@code LocalContext} the only one, loading
     * the Lambda runtime's context class for the first real request would throw that code away.
     */
    private static final class PrimeContext implements com.amazonaws.services.lambda.runtime.Context {
        @Override
        public String getAwsRequestId() {
            return "portico-prime";
        }

        @Override
        public String getLogGroupName() {
            return null;
        }

        @Override
        public String getLogStreamName() {
            return null;
        }

        @Override
        public String getFunctionName() {
            return null;
        }

        @Override
        public String getFunctionVersion() {
            return null;
        }

        @Override
        public String getInvokedFunctionArn() {
            return null;
        }

        @Override
        public com.amazonaws.services.lambda.runtime.CognitoIdentity getIdentity() {
            return null;
        }

        @Override
        public com.amazonaws.services.lambda.runtime.ClientContext getClientContext() {
            return null;
        }

        @Override
        public int getRemainingTimeInMillis() {
            return 0;
        }

        @Override
        public int getMemoryLimitInMB() {
            return 0;
        }

        @Override
        public com.amazonaws.services.lambda.runtime.LambdaLogger getLogger() {
            return null;
        }
    }

    // ---------------------------------------------------------------- the codec

    /**
     * Warms the JSON codec: binds and writes a small record and a map, and prepares reading and
     * writing each of the given types ({@link JsonCodec#prime(Type)}). Failures are logged at debug
     * level and skipped.
     */
    private static void primeJson(Engine engine, List<Type> types) {
        JsonCodec json = engine.json;
        try {
            json.prime(Engine.PrimeSample.class);
            // Through a request, as a handler's request.body(type) reads it; no handler runs.
            SourceRequest post = SourceRequest.builder("prime").method(HttpMethod.POST).path(PRIME_PATH)
                    .body(PRIME_RECORD, false).build();
            json.write(new RequestImpl(engine, post, post.path(), new LocalContext()).body(Engine.PrimeSample.class));
            json.write(json.read(PRIME_MAP.getBytes(StandardCharsets.UTF_8), Map.class));
        } catch (IOException | RuntimeException e) {
            Log.log(Level.DEBUG, "Priming skipped the JSON codec: " + e);
        }
        for (Type t : types) {
            try {
                json.prime(t);
            } catch (RuntimeException e) {
                Log.log(Level.DEBUG, "Priming skipped " + t.getTypeName() + ": " + e);
            }
        }
    }

    /**
     * A sample of a type that the codec reads and writes back, or {@code null}: first with every
     * property set, then as an empty object or array.
     */
    private TypeSample typeSample(Type type) {
        String full;
        try {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            try (JsonGenerator g = EventJson.factory().createGenerator(bytes)) {
                sample(g, type, 0);
            }
            full = bytes.toString(StandardCharsets.UTF_8);
        } catch (IOException | RuntimeException e) {
            full = null;
        }
        Class<?> raw = raw(type);
        String empty = raw != null && (raw.isArray() || Collection.class.isAssignableFrom(raw)) ? "[]" : "{}";
        for (String candidate : full == null ? List.of(empty) : List.of(full, empty)) {
            try {
                Object value = json.read(candidate.getBytes(StandardCharsets.UTF_8), type);
                if (value == null) {
                    continue;
                }
                json.write(value);
                return new TypeSample(type, candidate, value);
            } catch (IOException | RuntimeException e) {
                Log.log(Level.DEBUG, "Priming found no sample " + candidate + " of " + type.getTypeName() + ": " + e);
            }
        }
        return null;
    }

    private static final int MAX_DEPTH = 5;

    /** Writes a JSON sample of a type: every record component or bean property set, one element per container. */
    private static void sample(JsonGenerator g, Type type, int depth) throws IOException {
        Class<?> raw = raw(type);
        if (raw == null || raw == Object.class) {
            g.writeString("x");
        } else if (raw == String.class || raw == CharSequence.class || raw == char.class || raw == Character.class) {
            g.writeString("x");
        } else if (raw == boolean.class || raw == Boolean.class) {
            g.writeBoolean(true);
        } else if (raw == int.class || raw == long.class || raw == short.class || raw == byte.class
                || raw == Integer.class || raw == Long.class || raw == Short.class || raw == Byte.class
                || raw == java.math.BigInteger.class || raw == java.util.OptionalInt.class
                || raw == java.util.OptionalLong.class) {
            g.writeNumber(1);
        } else if (raw == double.class || raw == float.class || raw == Double.class || raw == Float.class
                || raw == java.math.BigDecimal.class || raw == Number.class || raw == java.util.OptionalDouble.class) {
            g.writeNumber("1.5");
        } else if (raw.isEnum()) {
            Object[] constants = raw.getEnumConstants();
            if (constants.length == 0) {
                g.writeNull();
            } else {
                g.writeString(((Enum<?>) constants[0]).name());
            }
        } else if (raw == Optional.class) {
            sample(g, argument(type, 0), depth);
        } else if (raw == byte[].class) {
            g.writeString("eA==");
        } else if (raw.isArray() || Collection.class.isAssignableFrom(raw)) {
            g.writeStartArray();
            if (depth < MAX_DEPTH) {
                sample(g, raw.isArray() ? element(type, raw) : argument(type, 0), depth + 1);
            }
            g.writeEndArray();
        } else if (Map.class.isAssignableFrom(raw)) {
            g.writeStartObject();
            if (depth < MAX_DEPTH) {
                g.writeFieldName("k");
                sample(g, argument(type, 1), depth + 1);
            }
            g.writeEndObject();
        } else if (JDK_TEXT.containsKey(raw.getName())) {
            g.writeString(JDK_TEXT.get(raw.getName()));
        } else if (raw.getName().startsWith("java.") || raw.isInterface() || depth >= MAX_DEPTH) {
            g.writeNull();
        } else if (raw.isRecord()) {
            g.writeStartObject();
            for (RecordComponent c : raw.getRecordComponents()) {
                g.writeFieldName(c.getName());
                sample(g, c.getGenericType(), depth + 1);
            }
            g.writeEndObject();
        } else {
            g.writeStartObject();
            for (Method m : raw.getMethods()) {
                if (!Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1 && m.getName().length() > 3
                        && m.getName().startsWith("set")) {
                    g.writeFieldName(decapitalize(m.getName().substring(3)));
                    sample(g, m.getGenericParameterTypes()[0], depth + 1);
                }
            }
            for (Field f : raw.getFields()) {
                if (!Modifier.isStatic(f.getModifiers()) && !Modifier.isFinal(f.getModifiers())) {
                    g.writeFieldName(f.getName());
                    sample(g, f.getGenericType(), depth + 1);
                }
            }
            g.writeEndObject();
        }
    }

    /** JDK value types written as strings, with a sample each. */
    private static final Map<String, String> JDK_TEXT = Map.ofEntries(
            Map.entry("java.util.UUID", "00000000-0000-4000-8000-000000000001"),
            Map.entry("java.net.URI", "https://example.com/x"),
            Map.entry("java.net.URL", "https://example.com/x"),
            Map.entry("java.time.LocalDate", "2024-01-02"),
            Map.entry("java.time.LocalDateTime", "2024-01-02T03:04:05"),
            Map.entry("java.time.LocalTime", "03:04:05"),
            Map.entry("java.time.Instant", "2024-01-02T03:04:05Z"),
            Map.entry("java.time.OffsetDateTime", "2024-01-02T03:04:05Z"),
            Map.entry("java.time.ZonedDateTime", "2024-01-02T03:04:05Z"),
            Map.entry("java.time.OffsetTime", "03:04:05Z"),
            Map.entry("java.time.Duration", "PT1S"),
            Map.entry("java.time.Period", "P1D"),
            Map.entry("java.time.YearMonth", "2024-01"),
            Map.entry("java.time.ZoneId", "UTC"));

    private static String decapitalize(String name) {
        if (name.length() > 1 && Character.isUpperCase(name.charAt(0)) && Character.isUpperCase(name.charAt(1))) {
            return name;
        }
        return Character.toLowerCase(name.charAt(0)) + name.substring(1);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> c) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> c) {
            return c;
        }
        if (type instanceof GenericArrayType a) {
            Class<?> component = raw(a.getGenericComponentType());
            return component == null ? null : component.arrayType();
        }
        if (type instanceof WildcardType w && w.getUpperBounds().length == 1) {
            return raw(w.getUpperBounds()[0]);
        }
        return null;
    }

    private static Type argument(Type type, int index) {
        if (type instanceof ParameterizedType p && p.getActualTypeArguments().length > index) {
            return p.getActualTypeArguments()[index];
        }
        return Object.class;
    }

    private static Type element(Type type, Class<?> raw) {
        if (type instanceof GenericArrayType a) {
            return a.getGenericComponentType();
        }
        return raw.getComponentType();
    }
}
