package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.spi.EventSource;
import dev.portico.testkit.Services;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** META-INF/services agrees with module-info, and ServiceLoader finds the source. */
class ServicesTest {

    @Test
    void servicesFileListsTheSource() {
        Services.assertProvides(EventSource.class, AlbSource.class);
    }

    @Test
    void serviceLoaderFindsTheSource() {
        AlbSource.class.getModule().addUses(EventSource.class);
        Set<String> ids = ServiceLoader.load(EventSource.class).stream()
                .map(ServiceLoader.Provider::get).map(EventSource::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("alb")), ids.toString());
    }
}
