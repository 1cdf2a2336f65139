package dev.portico.core.internal;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.QueryParams;
import dev.portico.api.Request;
import dev.portico.api.Route;
import dev.portico.api.spi.SourceRequest;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The per-request {@link Request}: everything derived from the event is computed on first use. */
final class RequestImpl implements Request {
    private static final byte[] NO_BYTES = new byte[0];
    private static final Object UNSET = new Object();

    private final Engine engine;
    private final SourceRequest source;
    private final String path;
    private final Context lambdaContext;
    private Route route;
    private Map<String, String> pathParams = Map.of();
    private Map<String, Object> context;
    private Map<String, String> cookies;
    private byte[] bodyBytes;
    private Object event = UNSET;

    RequestImpl(Engine engine, SourceRequest source, String path, Context lambdaContext) {
        this.engine = engine;
        this.source = source;
        this.path = path;
        this.lambdaContext = lambdaContext;
    }

    void bind(Route route, Map<String, String> pathParams) {
        this.route = route;
        this.pathParams = pathParams;
    }

    @Override
    public String method() {
        return source.method();
    }

    @Override
    public String path() {
        return path;
    }

    @Override
    public String rawPath() {
        return source.path();
    }

    @Override
    public Headers headers() {
        return source.headers();
    }

    @Override
    public QueryParams queryParams() {
        return source.queryParams();
    }

    @Override
    public Map<String, String> cookies() {
        Map<String, String> c = cookies;
        if (c == null) {
            c = new LinkedHashMap<>();
            List<String> items = source.cookies();
            if (items != null) {
                for (String item : items) {
                    addCookie(c, item);
                }
            } else {
                for (String header : source.headers().all("Cookie")) {
                    for (String item : header.split(";")) {
                        addCookie(c, item);
                    }
                }
            }
            cookies = c;
        }
        return c;
    }

    private static void addCookie(Map<String, String> into, String item) {
        int eq = item.indexOf('=');
        String name = (eq < 0 ? item : item.substring(0, eq)).trim();
        if (!name.isEmpty()) {
            into.putIfAbsent(name, eq < 0 ? "" : item.substring(eq + 1).trim());
        }
    }

    @Override
    public Map<String, String> pathParams() {
        return pathParams;
    }

    @Override
    public String body() {
        if (source.body() == null || source.body().isEmpty()) {
            return null;
        }
        return source.base64Encoded() ? new String(bodyBytes(), StandardCharsets.UTF_8) : source.body();
    }

    @Override
    public byte[] bodyBytes() {
        byte[] b = bodyBytes;
        if (b == null) {
            String raw = source.body();
            if (raw == null) {
                b = NO_BYTES;
            } else if (source.base64Encoded()) {
                b = decodeBase64(raw);
            } else {
                b = raw.getBytes(StandardCharsets.UTF_8);
            }
            bodyBytes = b;
        }
        return b;
    }

    private static byte[] decodeBase64(String raw) {
        try {
            return Base64.getDecoder().decode(raw);
        } catch (IllegalArgumentException e) {
            String unwrapped = raw.replace("\r", "").replace("\n", "");
            try {
                return Base64.getDecoder().decode(unwrapped);
            } catch (IllegalArgumentException again) {
                throw new BadRequestError("Request body is marked base64-encoded but is not valid base64");
            }
        }
    }

    @Override
    public JsonNode json() {
        byte[] b = requireBody();
        try {
            return engine.json.readTree(b);
        } catch (IOException e) {
            throw badJson(e, null);
        }
    }

    @Override
    public <T> T body(Class<T> type) {
        return body((Type) type);
    }

    @Override
    public <T> T body(Type type) {
        byte[] b = requireBody();
        try {
            return engine.json.read(b, type);
        } catch (IOException e) {
            throw badJson(e, type);
        }
    }

    private byte[] requireBody() {
        byte[] b = bodyBytes();
        if (isBlank(b)) {
            throw new BadRequestError("Request body is empty; a JSON body is required");
        }
        return b;
    }

    /** @return whether the bytes are empty or JSON whitespace only */
    private static boolean isBlank(byte[] b) {
        for (byte c : b) {
            if (c != ' ' && c != '\t' && c != '\r' && c != '\n') {
                return false;
            }
        }
        return true;
    }

    private static RuntimeException badJson(IOException e, Type type) {
        StreamReadException syntax = syntaxError(e);
        if (syntax != null) {
            return new BadRequestError("Request body is not valid JSON" + where(syntax));
        }
        if (!e.getClass().getName().startsWith("com.fasterxml.jackson.databind.")) {
            // Not the mapper's: jackson-jr's errors are read again by the mapper (DefaultJsonCodec), so
            // this comes from a user's codec.
            return new BadRequestError("Request body is not valid JSON" + where(e));
        }
        return MapperErrors.badJson(e, type);
    }

    private static String where(IOException e) {
        if (e instanceof JsonProcessingException p && p.getLocation() != null) {
            return " (line " + p.getLocation().getLineNr() + ", column " + p.getLocation().getColumnNr() + ")";
        }
        return "";
    }

    /**
     * The messages for the mapper's binding errors; a class of its own so that jackson-databind's
     * exception classes are loaded only when the mapper raised one.
     */
    private static final class MapperErrors {
        static RuntimeException badJson(IOException e, Type type) {
            if (e instanceof com.fasterxml.jackson.databind.exc.InvalidDefinitionException) {
                return new IllegalStateException("Request bodies cannot be read as " + type.getTypeName() + ": "
                        + e.getMessage() + " (on the module path, open the type's package to "
                        + "com.fasterxml.jackson.databind)", e);
            }
            if (e instanceof MismatchedInputException m && m.getOriginalMessage() != null
                    && m.getOriginalMessage().startsWith("Trailing token")) {
                return new BadRequestError("Request body is not valid JSON: there is more after the JSON value");
            }
            if (e instanceof JsonMappingException m && type != null && !m.getPath().isEmpty()) {
                return new BadRequestError("Request body has an invalid value at '" + jsonPath(m.getPath()) + "'");
            }
            if (e instanceof JsonMappingException && type != null) {
                return new BadRequestError("Request body does not have the expected JSON shape");
            }
            return new BadRequestError("Request body is not valid JSON" + where(e));
        }

        private static String jsonPath(List<JsonMappingException.Reference> refs) {
            StringBuilder sb = new StringBuilder();
            for (JsonMappingException.Reference r : refs) {
                if (r.getFieldName() != null) {
                    if (sb.length() > 0) {
                        sb.append('.');
                    }
                    sb.append(r.getFieldName());
                } else if (r.getIndex() >= 0) {
                    sb.append('[').append(r.getIndex()).append(']');
                }
            }
            return sb.toString();
        }
    }

    /**
     * @return the JSON syntax error (malformed JSON, bytes that are not UTF-8) behind a failure, which
     *     Jackson wraps in a mapping exception when it happens inside a value, or {@code null}
     */
    private static StreamReadException syntaxError(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof StreamReadException s) {
                return s;
            }
        }
        return null;
    }

    @Override
    public Object event() {
        Object e = event;
        if (e == UNSET) {
            e = source.event().get();
            event = e;
        }
        return e;
    }

    @Override
    public <E> E event(Class<E> type) {
        Object e = event();
        if (!type.isInstance(e)) {
            throw new IllegalStateException("This request came from the '" + source.source() + "' event source, whose "
                    + "event is " + (e == null ? "not available" : e.getClass().getName()) + ", not " + type.getName());
        }
        return type.cast(e);
    }

    @Override
    public String source() {
        return source.source();
    }

    @Override
    public Context lambdaContext() {
        return lambdaContext;
    }

    @Override
    public Map<String, Object> context() {
        Map<String, Object> c = context;
        if (c == null) {
            c = new HashMap<>(engine.initialContext);
            context = c;
        }
        return c;
    }

    @Override
    public String requestId() {
        String id = source.requestId();
        return id != null ? id : lambdaContext.getAwsRequestId();
    }

    @Override
    public String sourceIp() {
        return source.sourceIp();
    }

    @Override
    public Route route() {
        return route;
    }

    @Override
    public String toString() {
        return method() + " " + path;
    }
}
