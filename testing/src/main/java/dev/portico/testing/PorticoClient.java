package dev.portico.testing;

import dev.portico.api.HttpMethod;
import dev.portico.core.Resolver;
import java.util.Objects;

/**
 * Calls a Portico application in memory, the way Lambda would: each request becomes an event of the
 * chosen {@link EventFormat} ({@link EventFormat#REST} by default), goes through
 * {@link Resolver#resolve(String, com.amazonaws.services.lambda.runtime.Context)}, and the response JSON
 * is read back into a {@link TestResponse}.
 *
 * <pre>{@code
 * PorticoClient client = PorticoClient.of(app).format(EventFormat.HTTP_API);
 * TestResponse r = client.post("/todos").jsonBody(Map.of("title", "milk")).send();
 * assertEquals(201, r.status());
 * }</pre>
 *
 * <p>The application must have an event source for the format (on the test class path, or
 * registered). Clients are immutable and may be shared.
 */
public final class PorticoClient {
    private final Resolver app;
    private final EventFormat format;

    private PorticoClient(Resolver app, EventFormat format) {
        this.app = Objects.requireNonNull(app, "app");
        this.format = Objects.requireNonNull(format, "format");
    }

    /**
     * @param app the application
     * @return a client sending API Gateway REST events
     */
    public static PorticoClient of(Resolver app) {
        return new PorticoClient(app, EventFormat.REST);
    }

    /**
     * @param format the event format to send
     * @return a client for the same application sending that format
     */
    public PorticoClient format(EventFormat format) {
        return new PorticoClient(app, format);
    }

    /** @return the event format this client sends */
    public EventFormat format() {
        return format;
    }

    /**
     * @param method the HTTP method, any case
     * @param path the path, optionally with a query string
     * @return the request, to complete and {@link TestRequest#send() send}
     */
    public TestRequest request(String method, String path) {
        return new TestRequest(app, Events.of(format), method, path);
    }

    /** @param path the path @return a GET request */
    public TestRequest get(String path) {
        return request(HttpMethod.GET, path);
    }

    /** @param path the path @return a POST request */
    public TestRequest post(String path) {
        return request(HttpMethod.POST, path);
    }

    /** @param path the path @return a PUT request */
    public TestRequest put(String path) {
        return request(HttpMethod.PUT, path);
    }

    /** @param path the path @return a PATCH request */
    public TestRequest patch(String path) {
        return request(HttpMethod.PATCH, path);
    }

    /** @param path the path @return a DELETE request */
    public TestRequest delete(String path) {
        return request(HttpMethod.DELETE, path);
    }

    /** @param path the path @return a HEAD request */
    public TestRequest head(String path) {
        return request(HttpMethod.HEAD, path);
    }

    /** @param path the path @return an OPTIONS request */
    public TestRequest options(String path) {
        return request(HttpMethod.OPTIONS, path);
    }

    @Override
    public String toString() {
        return "PorticoClient[" + format + "]";
    }
}
