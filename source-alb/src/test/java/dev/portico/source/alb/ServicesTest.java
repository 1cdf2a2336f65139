package dev.portico.source.alb;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.spi.EventSource;
import java.io.IOException;
import java.io.InputStream;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** META-INF/services agrees with module-info, and ServiceLoader finds the source. */
class ServicesTest {
    private static final List<String> PROVIDERS = List.of(AlbSource.class.getName());

    @Test
    void servicesFileListsTheSource() throws IOException {
        try (InputStream in = AlbSource.class.getResourceAsStream("/META-INF/services/" + EventSource.class.getName())) {
            assertNotNull(in);
            List<String> lines = Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::trim).filter(s -> !s.isEmpty()).toList();
            assertEquals(PROVIDERS, lines);
        }
        Module module = AlbSource.class.getModule();
        if (module.isNamed()) {
            Set<ModuleDescriptor.Provides> provides = module.getDescriptor().provides();
            assertEquals(1, provides.size());
            ModuleDescriptor.Provides p = provides.iterator().next();
            assertEquals(EventSource.class.getName(), p.service());
            assertEquals(PROVIDERS, p.providers());
        }
    }

    @Test
    void serviceLoaderFindsTheSource() {
        AlbSource.class.getModule().addUses(EventSource.class);
        Set<String> ids = ServiceLoader.load(EventSource.class).stream()
                .map(ServiceLoader.Provider::get).map(EventSource::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("alb")), ids.toString());
    }
}
