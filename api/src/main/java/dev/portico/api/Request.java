package dev.portico.api;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.lang.reflect.Type;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * The HTTP request a handler answers, the same for every event source. One instance per request:
 * it also carries the per-request {@link #context()} that middlewares and handlers share.
 */
public interface Request {

    /** @return the upper-case HTTP method */
    String method();

    /**
     * The path routing used: as the event source delivered it (still percent-encoded where the
     * source encodes it), with configured prefixes stripped.
     *
     * @return the path, starting with {@code /}
     */
    String path();

    /** @return the path exactly as the event carried it, before prefix stripping */
    String rawPath();

    /** @return the headers; names compared case-insensitively */
    Headers headers();

    /**
     * @param name a header name, any case
     * @return its first value, or {@code null}
     */
    default String header(String name) {
        return headers().first(name);
    }

    /** @return the query parameters, percent-decoded */
    QueryParams queryParams();

    /**
     * @param name a parameter name
     * @return its first value, or {@code null}
     */
    default String queryParam(String name) {
        return queryParams().first(name);
    }

    /** @return the request cookies, name to value; the first of repeated names wins */
    Map<String, String> cookies();

    /**
     * @param name a cookie name
     * @return its value, or {@code null}
     */
    default String cookie(String name) {
        return cookies().get(name);
    }

    /** @return the values of the matched route's path parameters, percent-decoded once */
    Map<String, String> pathParams();

    /**
     * @param name a path parameter name as written in the route
     * @return its value, or {@code null}
     */
    default String pathParam(String name) {
        return pathParams().get(name);
    }

    /**
     * The body as text: base64 bodies decoded, bytes read as UTF-8.
     *
     * @return the body, or {@code null} when the request has none (an empty body counts as none: ALB
     *     and VPC Lattice send {@code ""} where API Gateway sends {@code null})
     */
    String body();

    /** @return the body as bytes (base64 bodies decoded); empty when there is none */
    byte[] bodyBytes();

    /**
     * The body parsed as JSON.
     *
     * @return the JSON tree
     * @throws BadRequestError when the body is missing or is not valid JSON (answered 400)
     */
    JsonNode json();

    /**
     * The body read as JSON into a type.
     *
     * @param type a class: records, POJOs, enums, {@code java.time} types, {@code BigDecimal}...
     * @param <T> the type
     * @return the value
     * @throws BadRequestError when the body is missing, not JSON, or does not fit the type (400)
     */
    <T> T body(Class<T> type);

    /**
     * The body read as JSON into a generic type such as {@code List<Todo>}.
     *
     * @param type the type, for example from a Jackson {@code TypeReference}
     * @param <T> the type
     * @return the value
     * @throws BadRequestError when the body is missing, not JSON, or does not fit the type (400)
     */
    <T> T body(Type type);

    /**
     * The typed AWS event behind this request, built on first use (for example
     * {@code APIGatewayProxyRequestEvent} for REST APIs).
     *
     * @return the event object
     */
    Object event();

    /**
     * The typed AWS event, checked against the expected class.
     *
     * @param type the event class the caller expects
     * @param <E> the event type
     * @return the event
     * @throws IllegalStateException when the request came from a source with another event type
     */
    <E> E event(Class<E> type);

    /** @return the id of the event source that decoded this request, e.g. {@code apigw-rest} */
    String source();

    /** @return the Lambda context; a stand-in with a generated request id outside Lambda */
    Context lambdaContext();

    /**
     * Data shared by the middlewares and the handler of this request (Powertools' app context). It
     * starts with what routers added through {@link Routes#appendContext} and is gone when the
     * request ends. {@link #get(ContextKey)}, {@link #put(ContextKey, Object)} and
     * {@link #computeIfAbsent(ContextKey, Supplier)} read and write it through typed keys.
     *
     * @return the mutable per-request map
     */
    Map<String, Object> context();

    /**
     * Adds an entry to the per-request {@link #context()}.
     *
     * @param key the key
     * @param value the value
     */
    default void appendContext(String key, Object value) {
        context().put(key, value);
    }

    /**
     * Reads a typed entry of the per-request {@link #context()}:
     * {@code User user = request.get(USER);}
     *
     * @param key the key
     * @param <T> the value's type
     * @return the value, or {@code null} when there is none
     * @throws ClassCastException when the entry was put with the string API and is not of the key's class
     */
    default <T> T get(ContextKey<T> key) {
        return key.cast(context().get(key.name()));
    }

    /**
     * Sets a typed entry of the per-request {@link #context()}, replacing any value of that name:
     * {@code request.put(USER, user);}
     *
     * @param key the key
     * @param value the value, not {@code null}
     * @param <T> the value's type
     */
    default <T> void put(ContextKey<T> key, T value) {
        context().put(key.name(), key.cast(Objects.requireNonNull(value, "value")));
    }

    /**
     * Reads a typed entry of the per-request {@link #context()}, creating it first when it is absent:
     * {@code request.computeIfAbsent(AUDIT, ArrayList::new).add("read");}. The supplier may itself
     * read and put other entries.
     *
     * @param key the key
     * @param supplier makes the value when there is none; a {@code null} result is not stored
     * @param <T> the value's type
     * @return the value present or made
     * @throws ClassCastException when the entry was put with the string API and is not of the key's class
     */
    default <T> T computeIfAbsent(ContextKey<T> key, Supplier<? extends T> supplier) {
        T value = get(key);
        if (value == null) {
            value = supplier.get();
            if (value != null) {
                put(key, value);
            }
        }
        return value;
    }

    /** @return the request id the event source gave (API Gateway's), or the Lambda request id */
    String requestId();

    /** @return the client's IP address as the event source reports it, or {@code null} */
    String sourceIp();

    /** @return the matched route, or {@code null} when none matched (404, 405) */
    Route route();
}
