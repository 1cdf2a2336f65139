package dev.portico.source.vpc.lattice;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.spi.EventSource;
import dev.portico.testkit.Services;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** META-INF/services agrees with module-info, and ServiceLoader finds both sources. */
class ServicesTest {

    @Test
    void servicesFileListsBothSources() {
        Services.assertProvides(EventSource.class, VpcLatticeV2Source.class, VpcLatticeSource.class);
    }

    @Test
    void serviceLoaderFindsBothSources() {
        VpcLatticeSource.class.getModule().addUses(EventSource.class);
        Set<String> ids = ServiceLoader.load(EventSource.class).stream()
                .map(ServiceLoader.Provider::get).map(EventSource::id).collect(Collectors.toSet());
        assertTrue(ids.containsAll(Set.of("vpc-lattice", "vpc-lattice-v2")), ids.toString());
    }
}
