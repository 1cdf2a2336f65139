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
}
