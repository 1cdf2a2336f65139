package dev.portico.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.module.ModuleDescriptor;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;

/** Service registration checks for a module's tests. */
public final class Services {

    private Services() {
    }

    /**
     * Checks that the {@code META-INF/services} file of a service, in the providers' jar, lists exactly
     * these providers in this order and, on the module path, that the module's only {@code provides}
     * names the same.
     *
     * @param service the service interface
     * @param providers the provider classes, all of one module
     */
    public static void assertProvides(Class<?> service, Class<?>... providers) {
        List<String> expected = java.util.Arrays.stream(providers).map(Class::getName).toList();
        Class<?> anchor = providers[0];
        try (InputStream in = anchor.getResourceAsStream("/META-INF/services/" + service.getName())) {
            assertNotNull(in, "no META-INF/services/" + service.getName());
            List<String> lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .map(String::strip).filter(s -> !s.isEmpty() && !s.startsWith("#")).toList();
            assertEquals(expected, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Module module = anchor.getModule();
        if (module.isNamed()) {
            Set<ModuleDescriptor.Provides> provides = module.getDescriptor().provides();
            assertEquals(1, provides.size(), provides.toString());
            ModuleDescriptor.Provides p = provides.iterator().next();
            assertEquals(service.getName(), p.service());
            assertEquals(expected, p.providers());
        }
    }
}
