package dev.portico.source.apigw.http;

import dev.portico.api.spi.EventJson;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.function.Function;

/**
 * Decodes an event and returns the request's typed-event supplier; loaded in an isolated class loader
 * by {@link ApiGatewayHttpSourceTest} to see which classes decoding loads.
 */
public final class LazyProbe implements Function<byte[], Object> {

    /** For reflection. */
    public LazyProbe() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(byte[] json) {
        try {
            EventJson event = EventJson.of((Map<String, Object>) EventJson.parse(json));
            return new ApiGatewayHttpSource().decode(event).event();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
