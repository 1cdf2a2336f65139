package dev.portico.testing.payloadv2;

import dev.portico.api.spi.EventJson;
import dev.portico.api.spi.EventSource;
import java.util.Map;
import java.util.function.BiFunction;

/**
 * Decodes an event with a source named by class and returns the request's typed-event supplier;
 * loaded in an isolated class loader by {@link PayloadV2SourcesTest} to see which classes decoding loads.
 */
public final class LazyProbe implements BiFunction<String, byte[], Object> {

    /** For reflection. */
    public LazyProbe() {
    }

    @Override
    @SuppressWarnings("unchecked")
    public Object apply(String sourceClass, byte[] json) {
        try {
            EventSource source = (EventSource) Class.forName(sourceClass, true, getClass().getClassLoader())
                    .getConstructor().newInstance();
            return source.decode(EventJson.of((Map<String, Object>) EventJson.parse(json))).event();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
