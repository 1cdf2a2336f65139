package dev.portico.testing;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.core.Resolver;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * One request of a {@link PorticoClient}, built fluently and answered in memory by {@link #send()}.
 * Each call adds to the event of the client's {@link EventFormat}, built with {@link Events}.
 */
public final class TestRequest {
    private final Resolver app;
    private final EventBuilder<?> event;
    private Context context;

    TestRequest(Resolver app, EventBuilder<?> event, String method, String path) {
        this.app = app;
        this.event = event;
        event.method(method).path(path);
    }

    /**
     * @param name a header name
     * @param value a value; repeat the call for several values
     * @return this request
     */
    public TestRequest header(String name, String value) {
        event.header(name, value);
        return this;
    }

    /**
     * @param name a parameter name
     * @param value the decoded value; repeat the call for several values
     * @return this request
     */
    public TestRequest query(String name, String value) {
        event.query(name, value);
        return this;
    }

    /**
     * @param name a cookie name
     * @param value its value
     * @return this request
     */
    public TestRequest cookie(String name, String value) {
        event.cookie(name, value);
        return this;
    }

    /**
     * @param text the body
     * @return this request
     */
    public TestRequest body(String text) {
        event.body(text);
        return this;
    }

    /**
     * @param bytes a binary body, sent base64-encoded
     * @return this request
     */
    public TestRequest body(byte[] bytes) {
        event.body(bytes);
        return this;
    }

    /**
     * @param value a JSON body: JSON text, or an object Jackson serializes; sets {@code Content-Type}
     * @return this request
     */
    public TestRequest jsonBody(Object value) {
        event.jsonBody(value);
        return this;
    }

    /**
     * @param ip the client IP
     * @return this request
     */
    public TestRequest sourceIp(String ip) {
        event.sourceIp(ip);
        return this;
    }

    /**
     * Sets the request id: the Lambda context's, and the event's where the format carries one (REST,
     * HTTP API, Function URL).
     *
     * @param requestId the id
     * @return this request
     */
    public TestRequest requestId(String requestId) {
        if (event instanceof RestEventBuilder b) {
            b.requestId(requestId);
        } else if (event instanceof HttpApiEventBuilder b) {
            b.requestId(requestId);
        } else if (event instanceof FunctionUrlEventBuilder b) {
            b.requestId(requestId);
        }
        this.context = new TestContext(requestId);
        return this;
    }

    /**
     * @param context the Lambda context passed to the application; a fresh {@link TestContext} by default
     * @return this request
     */
    public TestRequest context(Context context) {
        this.context = Objects.requireNonNull(context, "context");
        return this;
    }

    /**
     * Changes what only one format's builder offers, such as the HTTP API stage:
     * {@code .customize(HttpApiEventBuilder.class, e -> e.stage("dev"))}.
     *
     * @param type the builder type of the client's format
     * @param change what to do with it
     * @param <E> the builder type
     * @return this request
     * @throws IllegalStateException when the client's format uses another builder
     */
    public <E extends EventBuilder<E>> TestRequest customize(Class<E> type, Consumer<? super E> change) {
        if (!type.isInstance(event)) {
            throw new IllegalStateException("This client builds " + event.getClass().getSimpleName() + " events, not "
                    + type.getSimpleName());
        }
        change.accept(type.cast(event));
        return this;
    }

    /** @return the event JSON {@link #send()} passes to the application */
    public String eventJson() {
        return event.build();
    }

    /**
     * Passes the event to the application's {@code resolve} and reads its answer.
     *
     * @return the response
     * @throws dev.portico.api.UnsupportedEventException when no event source of the application
     *     recognizes the format
     */
    public TestResponse send() {
        Context c = context == null ? new TestContext() : context;
        return TestResponse.of(app.resolve(event.build(), c));
    }

    @Override
    public String toString() {
        return "TestRequest[" + event + "]";
    }
}
