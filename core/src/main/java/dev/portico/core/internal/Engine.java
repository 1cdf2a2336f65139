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
    private final RouteTable withoutPreflights;
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
        this.withoutPreflights = a.withoutPreflights;
        this.notFound = a.notFound;
        this.methodNotAllowed = a.methodNotAllowed;
        this.exceptions = a.exceptions;
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
     * For {@link Priming}: this application answering through other route chains and exception
     * mapping, never in debug mode and without response filters.
     */
    Engine(Engine base, RouteTable table, Chain notFound, Chain methodNotAllowed, ExceptionMapper exceptions) {
        this.json = base.json;
        this.initialContext = base.initialContext;
        this.debug = false;
        this.sources = base.sources;
        this.fixedSource = base.fixedSource;
        this.features = base.features;
        this.routes = base.routes;
        this.table = table;
        this.withoutPreflights = null;
        this.notFound = notFound;
        this.methodNotAllowed = methodNotAllowed;
        this.exceptions = exceptions;
        this.filters = new ResponseFilter[0];
        this.stripPrefixes = base.stripPrefixes;
        this.stripPatterns = base.stripPatterns;
        this.sourceIds = base.sourceIds;
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
        if (debug) {
            @SuppressWarnings("unchecked")
            Map<String, Object> raw = (Map<String, Object>) parsed;
            DebugLog.event(raw, Log.fields(context));
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
            Log.log(Level.WARNING, "The " + source.id() + " event source could not decode an event", e, Log.fields(context));
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
     * Warms the request path ({@link Priming}): rounds of synthetic requests through every route's
     * stream path, answered by stand-ins, never by a handler or middleware.
     *
     * @return how many sources were primed
     */
    public int prime() {
        return prime(List.of());
    }

    /**
     * {@link #prime()}, also preparing the JSON codec for the given body and result types and
     * binding and writing a sample of each on the routes.
     *
     * @param types types to pass to {@link JsonCodec#prime(java.lang.reflect.Type)}
     * @return how many sources were primed
     */
    public int prime(List<java.lang.reflect.Type> types) {
        return Priming.run(this, types).sources();
    }

    /** A small record bound and written when priming, so the codec's record path is loaded. */
    public record PrimeSample(int id, String title, boolean done, List<String> tags) {
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
            Log.log(Level.INFO, "Request " + sr.method() + " " + Log.safe(sr.path()) + " (source " + sr.source()
                    + ", request id " + Log.safe(req.requestId()) + ")", null, Log.fields(req));
        }
        Response response;
        Match match = null;
        try {
            if (unroutable != null) {
                throw unroutable;
            }
            match = lookup(sr.method(), req);
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
        if (match != null && match.entry() != null && match.entry().cacheControl != null) {
            response = cacheControl(match.entry().cacheControl, response);
        }
        for (ResponseFilter f : filters) {
            try {
                response = f.filter(req, response);
            } catch (Throwable e) {
                rethrowFatal(e);
                response = exceptions.handle(e, req);
            }
        }
        WireResponse wire;
        try {
            wire = render(bodyless(response, match, req));
        } catch (Throwable e) {
            // a custom serializer's failure, StackOverflowError included: the standard 500
            rethrowFatal(e);
            wire = render(exceptions.unhandled(e, req));
        }
        if (debug) {
            Log.log(Level.INFO, "Response " + wire.status() + " " + wire.headers() + " cookies=" + wire.cookies()
                    + " body=" + wire.body(), null, Log.fields(req));
        }
        return wire;
    }

    /**
     * The route for a request. A CORS pre-flight route answers real pre-flights only: an
     * {@code OPTIONS} request without {@code Access-Control-Request-Method} is routed among the other
     * routes (the application's {@code OPTIONS} route, else 405 with {@code Allow}).
     */
    private Match lookup(String method, RequestImpl req) {
        Match m = table.lookup(method, req.path());
        if (withoutPreflights != null && m.entry() != null && m.entry().preflight && HttpMethod.OPTIONS.equals(method)
                && req.header("Access-Control-Request-Method") == null) {
            return withoutPreflights.lookup(method, req.path());
        }
        return m;
    }

    /** Powertools' {@code cache_control}: the route's value on 2xx, {@code no-cache} otherwise; the handler's wins. */
    private static Response cacheControl(String value, Response response) {
        if (response.headers().contains("Cache-Control")) {
            return response;
        }
        int status = response.status();
        return response.toBuilder().setHeader("Cache-Control", status >= 200 && status < 300 ? value : "no-cache")
                .build();
    }

    /**
     * A {@code 204} or {@code 304} answer has no body and no {@code Content-Type}. A body a handler
     * gave one is a bug: in debug mode it fails (answered 500, naming the route), otherwise it is
     * dropped with a warning.
     */
    private Response bodyless(Response response, Match match, RequestImpl req) {
        if (!WireResponse.bodyless(response.status())) {
            return response;
        }
        Object body = response.body();
        boolean hasBody = body != null && !(body instanceof String s && s.isEmpty())
                && !(body instanceof byte[] b && b.length == 0);
        if (hasBody) {
            String where = (match != null && match.entry() != null ? "Route " + match.entry().route
                    : "The answer to " + req.method() + " " + Log.safe(req.path())) + " returned a body with status "
                    + response.status() + ", which has none";
            if (debug) {
                throw new IllegalStateException(where + ": return Response.status(" + response.status()
                        + ").build() without a body, or another status");
            }
            Log.log(Level.WARNING, where + "; the body was dropped", null, Log.fields(req));
        }
        if (body == null && response.contentType() == null && !response.headers().contains("Content-Type")) {
            return response;
        }
        return response.toBuilder().body(null).contentType(null).removeHeader("Content-Type").build();
    }

    /**
     * Debug mode, typed entry points ({@code RequestHandler<APIGatewayProxyRequestEvent, ...>}): the
     * runtime has already turned the event into a Java object, so the event is logged as its source
     * writes it back from the decoded request ({@link EventSource#writeEvent}), with the same masking
     * as a stream event. A source that cannot write events logs nothing.
     *
     * @param request the decoded request
     * @param context the Lambda context, or {@code null}
     */
    public void logTypedEvent(SourceRequest request, Context context) {
        for (EventSource source : sources()) {
            if (!source.id().equals(request.source())) {
                continue;
            }
            try {
                java.io.ByteArrayOutputStream event = new java.io.ByteArrayOutputStream(512);
                try (JsonGenerator g = EventJson.factory().createGenerator(event)) {
                    source.writeEvent(request, g);
                }
                Object parsed = EventJson.parse(event.toByteArray());
                if (parsed instanceof Map) {
                    @SuppressWarnings("unchecked")
                    Map<String, Object> raw = (Map<String, Object>) parsed;
                    DebugLog.event(raw, Log.fields(context));
                }
            } catch (IOException | RuntimeException e) {
                Log.log(Level.DEBUG, "The " + source.id() + " event source could not write the typed event for the debug log: " + e);
            }
            return;
        }
    }

    /**
     * Lets a {@link VirtualMachineError} other than {@link StackOverflowError} (out of memory, an
     * internal error) through; every other throwable from user code becomes the standard 500.
     */
    static void rethrowFatal(Throwable t) {
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

    /** Immutable, so shared by every response that has no other header. */
    private static final Headers JSON_ONLY = Headers.builder().add("Content-Type", ContentTypes.JSON).build();
    private static final Headers TEXT_ONLY = Headers.builder().add("Content-Type", ContentTypes.TEXT_PLAIN_UTF8).build();

    WireResponse render(Response r) {
        Object body = r.body();
        String text;
        boolean base64 = false;
        if (body == null) {
            text = WireResponse.bodyless(r.status()) ? null : "";
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
        List<String> handSet = headers.isEmpty() ? List.of() : headers.all("Set-Cookie");
        if (headers.isEmpty()) {
            // The common case, a handler's result: the Content-Type header alone, shared, not built.
            if (type != null) {
                headers = type == ContentTypes.JSON ? JSON_ONLY : type == ContentTypes.TEXT_PLAIN_UTF8 ? TEXT_ONLY
                        : Headers.builder().add("Content-Type", type).build();
            }
        } else if (!handSet.isEmpty() || (type != null && !headers.contains("Content-Type"))) {
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

    /**
     * The default not-found answer: a {@link NotFoundError} as the exception handlers (or the default
     * error body) answer it, returned, not thrown, so that the code after {@code next.handle(request)}
     * in every global middleware runs for it.
     */
    static Handler defaultNotFound(ExceptionMapper exceptions) {
        return new DefaultAnswer(exceptions, false);
    }

    /** The default method-not-allowed answer, returned like {@link #defaultNotFound}. */
    static Handler defaultMethodNotAllowed(ExceptionMapper exceptions) {
        return new DefaultAnswer(exceptions, true);
    }

    /** The default 404 or 405: a class, not lambdas, which would spin two classes at start-up. */
    private static final class DefaultAnswer implements Handler {
        private final ExceptionMapper exceptions;
        private final boolean methodNotAllowed;

        DefaultAnswer(ExceptionMapper exceptions, boolean methodNotAllowed) {
            this.exceptions = exceptions;
            this.methodNotAllowed = methodNotAllowed;
        }

        @Override
        public Object handle(dev.portico.api.Request request) {
            return exceptions.handle(methodNotAllowed ? new MethodNotAllowedError() : new NotFoundError(), request);
        }
    }

    static List<Middleware> concat(List<Middleware> a, List<Middleware> b) {
        List<Middleware> out = new ArrayList<>(a.size() + b.size());
        out.addAll(a);
        out.addAll(b);
        return out;
    }
}
