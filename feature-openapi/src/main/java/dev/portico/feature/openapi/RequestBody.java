package dev.portico.feature.openapi;

import dev.portico.api.Request;
import dev.portico.feature.openapi.internal.JsonValues;
import dev.portico.feature.openapi.internal.Messages;
import dev.portico.feature.openapi.internal.Problem;
import java.util.List;

/**
 * The JSON body of one request, parsed at most once for all body parameters into the plain values
 * of {@link JsonValues} (jackson-core's parser; no tree model).
 */
final class RequestBody {
    private final Request request;
    private final AppSettings runtime;
    private boolean parsed;
    private boolean invalid;
    private boolean reportedNotObject;
    private Object root = JsonValues.NONE;

    RequestBody(Request request, AppSettings runtime) {
        this.request = request;
        this.runtime = runtime;
    }

    /**
     * @param problems where a {@code json_invalid} problem goes, located at {@code ["body", offset]}
     * @return the parsed body; {@link JsonValues#NONE} when there is none or it is not JSON
     */
    Object root(List<Problem> problems) {
        if (!parsed) {
            parsed = true;
            byte[] bytes = request.bodyBytes();
            if (bytes.length > 0) {
                try {
                    root = JsonValues.parse(bytes);
                } catch (JsonValues.Malformed e) {
                    invalid = true;
                    problems.add(Messages.jsonInvalid(List.of("body", e.offset())));
                }
            }
        }
        return root;
    }

    /** @return whether the body was parsed already (by another body parameter) */
    boolean started() {
        return parsed;
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
