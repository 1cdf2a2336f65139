package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.testkit.IsolatedLoader;
import dev.portico.testkit.ResourceEvents;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Decoding loads neither the typed event records nor Jackson databind; asking for the event does. */
class LatticeLazyEventTest {

    @ParameterizedTest
    @CsvSource({"VpcLatticeSource, lattice-v1.json, VpcLatticeEvent",
        "VpcLatticeV2Source, lattice-v2-lists.json, VpcLatticeV2Event"})
    void typedEventLoadsOnlyWhenAskedFor(String sourceClass, String file, String eventClass) throws Exception {
        String pkg = VpcLatticeSource.class.getPackageName() + ".";
        try (IsolatedLoader loader = new IsolatedLoader()) {
            Class<?> eventJson = loader.loadClass("dev.portico.api.spi.EventJson");
            Object map = eventJson.getMethod("parse", byte[].class)
                    .invoke(null, (Object) ResourceEvents.text(file).getBytes(StandardCharsets.UTF_8));
            Object json = eventJson.getMethod("of", Map.class).invoke(null, map);
            Class<?> spi = loader.loadClass("dev.portico.api.spi.EventSource");
            Object source = loader.loadClass(pkg + sourceClass).getConstructor().newInstance();
            assertEquals(Boolean.TRUE, spi.getMethod("recognizes", eventJson).invoke(source, json));
            Object request = spi.getMethod("decode", eventJson).invoke(source, json);
            assertFalse(loader.loaded(pkg + eventClass), "decode must not build the typed event");
            assertFalse(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper"));

            Object typed = ((Supplier<?>) request.getClass().getMethod("event").invoke(request)).get();
            assertEquals(pkg + eventClass, typed.getClass().getName());
            assertTrue(loader.loaded(pkg + eventClass));
            assertFalse(loader.loaded("com.fasterxml.jackson.databind.ObjectMapper"));
        }
    }
}
