package dev.portico.api.spi;

import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;

/**
 * One Lambda event format that carries HTTP requests (API Gateway REST, HTTP API, ALB, ...): it
 * recognises its events, decodes them into a {@link SourceRequest}, and encodes responses in the
 * shape its AWS service expects.
 *
 * <p>Found with {@link java.util.ServiceLoader} when the application is built, or registered
 * explicitly. Implementations are stateless and shared by concurrent requests; they must have a
 * public no-argument constructor to be discovered.
 *
 * <p>When an application has no explicit source, each event is offered to the available sources in
 * descending {@link #priority()} (then by id) and the first that {@link #recognizes} it decodes it.
 * A source that recognizes events another source would also accept (Function URL events are HTTP API
 * events too) takes a higher priority.
 */
public interface EventSource {

    /**
     * A short, unique, stable id such as {@code apigw-rest}. An explicitly registered source replaces
     * a discovered one with the same id.
     *
     * @return the id
     */
    String id();

    /**
     * Detection order among sources: higher is asked first. Built-in sources use 0 to 100.
     *
     * @return the priority; 0 by default
     */
    default int priority() {
        return 0;
    }

    /**
     * Whether an event is in this source's format. Must be cheap: look at a few keys only.
     *
     * @param event the event
     * @return true when this source can decode it
     */
    boolean recognizes(EventJson event);

    /**
     * Decodes an event this source recognizes.
     *
     * @param event the event
     * @return the request
     * @throws dev.portico.api.BadRequestError when a field is malformed (answered 400)
     */
    SourceRequest decode(EventJson event);

    /**
     * The request an error response is encoded for when {@link #decode} failed (a malformed event
     * answered 400): just enough of the event for {@link #encode} to answer in the right shape, such
     * as ALB's multi-value mode. By default a {@code GET /} request with no attachment.
     *
     * @param event the event that could not be decoded
     * @return a stand-in request
     */
    default SourceRequest fallback(EventJson event) {
        return SourceRequest.builder(id()).method("GET").build();
    }

    /**
     * Writes a response as the JSON object the AWS service expects.
     *
     * @param response the response
     * @param request the request it answers, as this source decoded it
     * @param out where to write one JSON object
     * @throws IOException when writing fails
     */
    void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException;

    /**
     * The inverse of {@link #decode}: writes a request as an event of this format, such that
     * {@code decode} gives back its method, path, headers, query parameters, cookies and body (within
     * what the format can carry: a format with single-value headers joins repeated values). What the
     * local HTTP server ({@code dev.portico.server.LocalServer}, in {@code portico-local-server}) and
     * test clients use to turn an HTTP request into the event the AWS service would send. Fields the request does not give
     * (account, stage, timestamps) get plausible stand-in values.
     *
     * @param request the request; its {@link SourceRequest#source()} is ignored
     * @param out where to write one JSON object
     * @throws IOException when writing fails
     * @throws UnsupportedOperationException when this source cannot write events (the default)
     */
    default void writeEvent(SourceRequest request, JsonGenerator out) throws IOException {
        throw new UnsupportedOperationException("The event source '" + id() + "' (" + getClass().getName()
                + ") cannot write events: it does not implement EventSource.writeEvent");
    }

    /**
     * The inverse of {@link #encode}: reads a response this source's format carries back into a
     * {@link WireResponse}, {@code Set-Cookie} values as its cookies. For a response {@code encode}
     * wrote, the result equals the original (within what the format can carry).
     *
     * @param response the response JSON object, as a Lambda function returned it
     * @return the response
     * @throws IllegalArgumentException when the object is not a response of this format
     * @throws UnsupportedOperationException when this source cannot read responses (the default)
     */
    default WireResponse readResponse(EventJson response) {
        throw new UnsupportedOperationException("The event source '" + id() + "' (" + getClass().getName()
                + ") cannot read responses: it does not implement EventSource.readResponse");
    }
}
