package dev.portico.core.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.ContentTypes;
import dev.portico.api.Handler;
import dev.portico.api.Headers;
import dev.portico.api.HttpMethod;
import dev.portico.api.JsonCodec;
import dev.portico.api.MethodNotAllowedError;
import dev.portico.api.Middleware;
import dev.portico.api.NotFoundError;
import dev.portico.api.Response;
import dev.portico.api.Route;
import dev.portico.api.ServiceError;
import dev.portico.api.UnsupportedEventException;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.Feature;
import dev.portico.api.spi.ResponseFilter;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.System.Logger.Level;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A built application: immutable, shared by concurrent requests. Reads an event, picks the event
 * source, routes, runs the middleware chain, maps exceptions, applies feature filters, serializes
 * and encodes. Built by {@link #build(Settings)}.
 */
public final class Engine {

    final JsonCodec json;
    final Map<String, Object> initialContext;
    final boolean debug;
    final List<EventSource> sources;
    final EventSource fixedSource;
    final List<Feature> features;
    final List<Route> routes;
    final RouteTable table;
    final Chain notFound;
    final Chain methodNotAllowed;
    final ExceptionMapper exceptions;
    final ResponseFilter[] filters;
    private final String[] stripPrefixes;
    private final Pattern[] stripPatterns;
    private final List<String> sourceIds;

    Engine(Assembly a) {
        this.json = a.json;
        this.initialContext = a.initialContext;
        this.debug = a.debug;
        this.sources = a.sources;
        this.fixedSource = a.fixedSource;
        this.features = a.features;
        this.routes = a.routes;
        this.table = a.table;
        this.notFound = a.notFound;
        this.methodNotAllowed = a.methodNotAllowed;
        this.exceptions = new ExceptionMapper(a.exceptionHandlers, a.debug, a.json);
        this.filters = a.filters.toArray(new ResponseFilter[0]);
        this.stripPrefixes = a.stripPrefixes.toArray(new String[0]);
        this.stripPatterns = a.stripPatterns.toArray(new Pattern[0]);
        List<String> ids = new ArrayList<>();
        for (EventSource s : fixedSource != null ? List.of(fixedSource) : sources) {
            ids.add(s.id());
        }
        this.sourceIds = List.copyOf(ids);
    }

    /**
     * Builds an application.
     *
     * @param settings what the builder collected
     * @return the application
     * @throws IllegalStateException or IllegalArgumentException with a message saying how to fix the
     *     configuration
     */
    public static Engine build(Settings settings) {
        return new Engine(Assembly.assemble(settings));
    }

    /** @return the sources events are offered to, in detection order */
    public List<EventSource> sources() {
        return fixedSource != null ? List.of(fixedSource) : sources;
    }

    /** @return the active features, in weight order */
    public List<Feature> features() {
        return features;
    }

    /** @return all routes, application routes first */
    public List<Route> routes() {
        return routes;
    }

    /** @return whether debug mode is on */
    public boolean debug() {
        return debug;
    }

    /**
     * Answers a raw event.
     *
     * @param in the event JSON
     * @param out where the source's response JSON goes
     * @param context the Lambda context, or {@code null}
     * @throws IOException when reading or writing fails
     * @throws UnsupportedEventException when no source recognizes the event
     */
    public void handle(InputStream in, OutputStream out, Context context) throws IOException {
        Object parsed;
        try {
            parsed = EventJson.parse(in);
        } catch (IOException e) {
            throw new UnsupportedEventException("The event is not valid JSON", sourceIds);
        }
        if (!(parsed instanceof Map)) {
            throw new UnsupportedEventException("The event is " + describe(parsed) + ", not a JSON object", sourceIds);
        }
        @SuppressWarnings("unchecked")
        EventJson event = EventJson.of((Map<String, Object>) parsed);
        EventSource source = pick(event);
        SourceRequest request;
        WireResponse response;
        try {
            request = source.decode(event);
            response = dispatch(request, context);
        } catch (ServiceError e) {
            request = source.fallback(event);
            response = render(exceptions.serviceError(e));
        } catch (RuntimeException e) {
            Log.get().log(Level.WARNING, "The " + source.id() + " event source could not decode an event", e);
            request = source.fallback(event);
            response = render(exceptions.serviceError(new dev.portico.api.BadRequestError(
                    "The " + source.id() + " event is malformed")));
        }
        try (JsonGenerator g = EventJson.factory().createGenerator(out)) {
            g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            source.encode(response, request, g);
        }
        out.flush();
    }

    private static String describe(Object v) {
        if (v instanceof List) {
            return "a JSON array";
        }
        if (v instanceof String) {
            return "a JSON string";
        }
        return v == null ? "JSON null" : "a JSON " + (v instanceof Boolean ? "boolean" : "number");
    }

    private EventSource pick(EventJson event) {
        if (fixedSource != null) {
            if (fixedSource.recognizes(event)) {
                return fixedSource;
            }
            throw new UnsupportedEventException("The event is not in the format of the '" + fixedSource.id()
                    + "' event source this application was built for", sourceIds);
        }
        for (EventSource s : sources) {
            if (s.recognizes(event)) {
                return s;
            }
        }
        throw new UnsupportedEventException("No event source recognizes this event; it is not an HTTP event, or its "
                + "source module is missing", sourceIds);
    }

    /**
     * Runs a synthetic request through every source's decode and encode, the route lookup and the
     * JSON writer, without running any middleware or handler: for SnapStart, so the snapshot holds
     * warmed code and no side effect happens. Sources that cannot write events are skipped.
     *
     * @return how many sources were primed
     */
    public int prime() {
        return prime(List.of());
    }

    /**
     * {@link #prime()}, also preparing the JSON codec for the given body and result types.
     *
     * @param types types to pass to {@link JsonCodec#prime(java.lang.reflect.Type)}
     * @return how many sources were primed
     */
    public int prime(List<java.lang.reflect.Type> types) {
        int primed = 0;
        for (EventSource source : sources()) {
            try {
                java.io.ByteArrayOutputStream event = new java.io.ByteArrayOutputStream(512);
                SourceRequest synthetic = SourceRequest.builder(source.id()).method(HttpMethod.GET)
                        .path("/__portico/prime")
                        .headers(Headers.builder().add("Accept", "application/json").build())
                        .queryParams(dev.portico.api.QueryParams.builder().add("prime", "1").build())
                        .build();
                try (JsonGenerator g = EventJson.factory().createGenerator(event)) {
                    source.writeEvent(synthetic, g);
                }
                Object parsed = EventJson.parse(event.toByteArray());
                if (!(parsed instanceof Map)) {
                    continue;
                }
                @SuppressWarnings("unchecked")
                EventJson json = EventJson.of((Map<String, Object>) parsed);
                if (!source.recognizes(json)) {
                    continue;
                }
                SourceRequest decoded = source.decode(json);
                decoded.headers().first("Accept");
                table.lookup(decoded.method(), strip(decoded.path()));
                WireResponse wire = render(Response.ok(Map.of("primed", List.of(true, 1, "x"))));
                try (JsonGenerator g = EventJson.factory().createGenerator(OutputStream.nullOutputStream())) {
                    source.encode(wire, decoded, g);
                }
                primed++;
            } catch (IOException | RuntimeException e) {
                Log.get().log(Level.DEBUG, "Priming skipped the " + source.id() + " event source: " + e);
            }
        }
        primeJson(types);
        for (Feature feature : features()) {
            try {
                feature.prime();
            } catch (RuntimeException e) {
                Log.get().log(Level.DEBUG, "Priming skipped the " + feature.id() + " feature: " + e);
            }
        }
        return primed;
    }

    /** A small record bound and written when priming, so the codec's record path is loaded. */
    public record PrimeSample(int id, String title, boolean done, List<String> tags) {
    }

    private static final String PRIME_RECORD = "{\"id\":1,\"title\":\"x\",\"done\":false,\"tags\":[\"a\"]}";
    private static final byte[] PRIME_MAP = "{\"a\":[1,2.5,true,null,\"x\",{}]}".getBytes(StandardCharsets.UTF_8);

    /**
     * Warms the JSON codec: binds and writes a small record and a map, and prepares reading and
     * writing each of the given types ({@link JsonCodec#prime(java.lang.reflect.Type)}). Failures are
     * logged at debug level and skipped.
     *
     * @param types body and result types to prepare
     */
    private void primeJson(List<java.lang.reflect.Type> types) {
        try {
            json.prime(PrimeSample.class);
            // Through a request, as a handler's request.body(type) reads it; no handler runs.
            SourceRequest post = SourceRequest.builder("prime").method(HttpMethod.POST).path("/__portico/prime")
                    .body(PRIME_RECORD, false).build();
            json.write(new RequestImpl(this, post, post.path(), new LocalContext()).body(PrimeSample.class));
            json.write(json.read(PRIME_MAP, Map.class));
        } catch (IOException | RuntimeException e) {
            Log.get().log(Level.DEBUG, "Priming skipped the JSON codec: " + e);
        }
        for (java.lang.reflect.Type t : types) {
            try {
                json.prime(t);
            } catch (RuntimeException e) {
                Log.get().log(Level.DEBUG, "Priming skipped " + t.getTypeName() + ": " + e);
            }
        }
    }

    /**
     * The answer to an event that could not be decoded: the error's status and body, as the stream
     * entry point answers a malformed event.
     *
     * @param e the error decoding raised
     * @return the response
     */
    public WireResponse renderError(ServiceError e) {
        return render(exceptions.serviceError(e));
    }

    /**
     * Answers a decoded request.
     *
     * @param sr the request
     * @param context the Lambda context, or {@code null}
     * @return the response for the source to encode
     */
    public WireResponse dispatch(SourceRequest sr, Context context) {
        Context ctx = context != null ? context : new LocalContext();
        String path;
        ServiceError unroutable = null;
        try {
            path = strip(sr.path());
        } catch (ServiceError e) {
            path = sr.path();
            unroutable = e;
        }
        RequestImpl req = new RequestImpl(this, sr, path, ctx);
        if (debug) {
            Log.get().log(Level.INFO, "Request " + sr.method() + " " + Log.safe(sr.path()) + " (source " + sr.source()
                    + ", request id " + req.requestId() + ")");
        }
        Response response;
        Match match = null;
        try {
            if (unroutable != null) {
                throw unroutable;
            }
            match = table.lookup(sr.method(), req.path());
            Chain chain;
            if (match.entry() != null) {
                req.bind(match.entry().route, match.params());
                chain = match.entry().chain;
            } else {
                chain = match.allowed().isEmpty() ? notFound : methodNotAllowed;
            }
            response = chain.run(req);
        } catch (Throwable t) {
            rethrowFatal(t);
            response = exceptions.handle(t, req);
        }
        if (match != null && match.entry() == null && !match.allowed().isEmpty()
                && !response.headers().contains("Allow")) {
            response = response.toBuilder().setHeader("Allow", String.join(", ", match.allowed())).build();
        }
        if (HttpMethod.HEAD.equals(sr.method()) && response.body() != null) {
            response = response.toBuilder().body(null).contentType(contentType(response)).build();
        }
        for (ResponseFilter f : filters) {
            try {
                response = f.filter(req, response);
            } catch (RuntimeException e) {
                response = exceptions.handle(e, req);
            }
        }
        WireResponse wire;
        try {
            wire = render(response);
        } catch (RuntimeException e) {
            wire = render(exceptions.unhandled(e, req));
        }
        if (debug) {
            Log.get().log(Level.INFO, "Response " + wire.status() + " " + wire.headers() + " cookies=" + wire.cookies()
                    + " body=" + wire.body());
        }
        return wire;
    }

    private static void rethrowFatal(Throwable t) {
        if (t instanceof VirtualMachineError && !(t instanceof StackOverflowError)) {
            throw (VirtualMachineError) t;
        }
    }

    private String strip(String path) {
        for (String prefix : stripPrefixes) {
            if (path.equals(prefix)) {
                return "/";
            }
            if (path.startsWith(prefix) && path.charAt(prefix.length()) == '/') {
                return path.substring(prefix.length());
            }
        }
        for (Pattern p : stripPatterns) {
            Matcher m = p.matcher(path);
            if (RouteTable.matches(m, false)) {
                String rest = path.substring(m.end());
                if (rest.isEmpty() || "/".equals(rest)) {
                    return "/";
                }
                if (rest.charAt(0) == '/') {
                    return rest;
                }
            }
        }
        return path;
    }

    /** The content type a response will be sent with. */
    static String contentType(Response r) {
        if (r.contentType() != null) {
            return r.contentType();
        }
        Object body = r.body();
        return body == null || body instanceof String || body instanceof byte[] ? null : ContentTypes.JSON;
    }

    private byte[] serialize(Object body) {
        try {
            return json.write(body);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot serialize a " + body.getClass().getName() + " to JSON", e);
        }
    }

    WireResponse render(Response r) {
        Object body = r.body();
        String text;
        boolean base64 = false;
        if (body == null) {
            text = "";
        } else if (body instanceof String s) {
            text = s;
        } else if (body instanceof byte[] b) {
            text = Base64.getEncoder().encodeToString(b);
            base64 = true;
        } else {
            text = new String(serialize(body), StandardCharsets.UTF_8);
        }
        Headers headers = r.headers();
        String type = contentType(r);
        List<String> handSet = headers.all("Set-Cookie");
        if (!handSet.isEmpty() || (type != null && !headers.contains("Content-Type"))) {
            Headers.Builder b = headers.toBuilder().remove("Set-Cookie");
            if (type != null && !headers.contains("Content-Type")) {
                b.add("Content-Type", type);
            }
            headers = b.build();
        }
        List<String> cookies = List.of();
        if (!handSet.isEmpty() || !r.cookies().isEmpty()) {
            cookies = new ArrayList<>(handSet.size() + r.cookies().size());
            cookies.addAll(handSet);
            for (var c : r.cookies()) {
                cookies.add(c.toSetCookie());
            }
        }
        return new WireResponse(r.status(), headers, cookies, text, base64);
    }

    /** Parts collected while building, see {@link Assembly#assemble(Settings)}. */
    static Handler defaultNotFound() {
        return request -> {
            throw new NotFoundError();
        };
    }

    static Handler defaultMethodNotAllowed() {
        return request -> {
            throw new MethodNotAllowedError();
        };
    }

    static List<Middleware> concat(List<Middleware> a, List<Middleware> b) {
        List<Middleware> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
