package dev.portico.feature.openapi;

import com.fasterxml.jackson.databind.JsonNode;
import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import java.io.IOException;
import java.util.List;

/** The JSON body of one request, parsed at most once for all body parameters. */
final class RequestBody {
    private final Request request;
    private final AppSettings runtime;
    private boolean parsed;
    private boolean invalid;
    private boolean reportedNotObject;
    private JsonNode root;

    RequestBody(Request request, AppSettings runtime) {
        this.request = request;
        this.runtime = runtime;
    }

    /**
     * @param problems where a {@code json_invalid} problem goes
     * @return the parsed body, or {@code null} when there is none or it is not JSON
     */
    JsonNode root(List<Problem> problems) {
        if (!parsed) {
            parsed = true;
            byte[] bytes = request.bodyBytes();
            if (bytes.length > 0) {
                try {
                    root = runtime.codec().readTree(bytes);
                } catch (IOException e) {
                    invalid = true;
                    problems.add(Messages.jsonInvalid(List.of("body")));
                }
            }
        }
        return root;
    }

    /** @return whether the body is not valid JSON (already reported) */
    boolean invalid() {
        return invalid;
    }

    /** @return whether this is the first time an embedded parameter finds the body is not an object */
    boolean firstNotObject() {
        boolean first = !reportedNotObject;
        reportedNotObject = true;
        return first;
    }

    AppSettings runtime() {
        return runtime;
    }
}
