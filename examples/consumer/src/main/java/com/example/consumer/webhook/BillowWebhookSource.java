package com.example.consumer.webhook;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.portico.api.BadRequestError;
import dev.portico.api.Headers;
import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;

/**
 * Webhook deliveries from Billow, a (made-up) billing service that invokes the function directly
 * with an envelope such as:
 *
 * <pre>{@code
 * {"object": "billow.webhook", "id": "evt_1001", "type": "invoice.paid", "apiVersion": "2025-01",
 *  "created": 1735725600, "data": {"invoice": "inv_42", "orderId": "ord-1"}}
 * }</pre>
 *
 * <p><b>Detection:</b> {@code object} is {@code billow.webhook} and {@code type} is present; no AWS
 * event has a top-level {@code object}. <b>Decoding:</b> a {@code POST /billow/<type>} request whose
 * JSON body is {@code data}, with the headers {@code Content-Type: application/json},
 * {@code Billow-Event-Id} and {@code Billow-Api-Version}; the event id is the request id.
 * <b>Answer:</b> Billow retries a delivery until it gets {@code "acknowledged": true}, which this
 * source writes for 2xx statuses:
 *
 * <pre>{@code
 * {"acknowledged": true, "status": 200, "eventId": "evt_1001",
 *  "contentType": "application/json", "body": "{...}"}
 * }</pre>
 */
public final class BillowWebhookSource implements EventSource {
    /** The id of this source. */
    public static final String ID = "billow-webhook";
    /** The value of the envelope's {@code object} key. */
    public static final String OBJECT = "billow.webhook";
    /** The path prefix of decoded requests: {@code /billow/invoice.paid}. */
    public static final String PATH_PREFIX = "/billow/";

    /** Creates the source; it is stateless (ServiceLoader needs this constructor). */
    public BillowWebhookSource() {
    }

    @Override
    public String id() {
        return ID;
    }

    /** @return 10: the envelope cannot be mistaken for an AWS event, so the order hardly matters */
    @Override
    public int priority() {
        return 10;
    }

    @Override
    public boolean recognizes(EventJson event) {
        return OBJECT.equals(event.string("object")) && event.has("type");
    }

    @Override
    public SourceRequest decode(EventJson event) {
        String type = event.string("type");
        if (!isEventType(type)) {
            throw new BadRequestError("Billow event type '" + type
                    + "' is not a lower-case name such as invoice.paid");
        }
        String created = event.string("created");
        if (created != null && !isDigits(created)) {
            throw new BadRequestError("Billow event field 'created' must be epoch seconds, not '" + created + "'");
        }
        Object data = event.get("data");
        if (data != null && !(data instanceof Map)) {
            throw new BadRequestError("Billow event field 'data' must be an object");
        }
        Headers.Builder headers = Headers.builder();
        String body = null;
        if (data != null) {
            body = toJson(data);
            headers.add("Content-Type", "application/json");
        }
        String id = event.string("id");
        if (id != null) {
            headers.add("Billow-Event-Id", id);
        }
        String apiVersion = event.string("apiVersion");
        if (apiVersion != null) {
            headers.add("Billow-Api-Version", apiVersion);
        }
        return SourceRequest.builder(ID)
                .method("POST")
                .path(PATH_PREFIX + type)
                .headers(headers.build())
                .body(body, false)
                .requestId(id)
                .event(() -> BillowEvent.of(event))
                .build();
    }

    /**
     * The 400 for a malformed delivery still names the event, so Billow's dashboard shows which one.
     *
     * @param event the event that could not be decoded
     * @return a request carrying only the event id
     */
    @Override
    public SourceRequest fallback(EventJson event) {
        return SourceRequest.builder(ID).method("POST").requestId(event.string("id")).build();
    }

    @Override
    public void encode(WireResponse response, SourceRequest request, JsonGenerator out) throws IOException {
        int status = response.status();
        out.writeStartObject();
        out.writeBooleanField("acknowledged", status >= 200 && status < 300);
        out.writeNumberField("status", status);
        if (request.requestId() != null) {
            out.writeStringField("eventId", request.requestId());
        }
        String contentType = response.headers().first("Content-Type");
        if (contentType != null) {
            out.writeStringField("contentType", contentType);
        }
        out.writeStringField("body", response.body());
        if (response.base64Encoded()) {
            out.writeBooleanField("isBase64Encoded", true);
        }
        out.writeEndObject();
    }

    private static boolean isEventType(String type) {
        if (type == null || type.isEmpty() || type.charAt(0) == '.' || type.charAt(type.length() - 1) == '.') {
            return false;
        }
        for (int i = 0; i < type.length(); i++) {
            char c = type.charAt(i);
            if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_')) {
                return false;
            }
        }
        return true;
    }

    private static boolean isDigits(String s) {
        if (s.isEmpty()) {
            return false;
        }
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) < '0' || s.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    /** Writes the light tree {@link EventJson} read back as compact JSON. */
    private static String toJson(Object value) {
        StringWriter text = new StringWriter();
        try (JsonGenerator g = EventJson.factory().createGenerator(text)) {
            write(g, value);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static void write(JsonGenerator g, Object value) throws IOException {
        if (value instanceof Map<?, ?> map) {
            g.writeStartObject();
            for (Map.Entry<?, ?> e : map.entrySet()) {
                g.writeFieldName(String.valueOf(e.getKey()));
                write(g, e.getValue());
            }
            g.writeEndObject();
        } else if (value instanceof List<?> list) {
            g.writeStartArray();
            for (Object item : list) {
                write(g, item);
            }
            g.writeEndArray();
        } else if (value instanceof String s) {
            g.writeString(s);
        } else if (value instanceof Boolean b) {
            g.writeBoolean(b);
        } else if (value instanceof Long || value instanceof Integer) {
            g.writeNumber(((Number) value).longValue());
        } else if (value instanceof Double d) {
            g.writeNumber(d);
        } else if (value instanceof BigInteger n) {
            g.writeNumber(n);
        } else if (value == null) {
            g.writeNull();
        } else {
            g.writeString(value.toString());
        }
    }

    @Override
    public String toString() {
        return ID;
    }
}
