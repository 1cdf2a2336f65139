package dev.portico.feature.cors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.core.Resolver;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CorsConfigTest {

    @Test
    void defaultsFollowTheSpec() {
        CorsConfig c = CorsConfig.defaults();
        assertEquals("*", c.allowOrigin());
        assertTrue(c.allowsAnyOrigin());
        assertEquals(List.of(), c.extraOrigins());
        assertEquals(List.of("Authorization", "Content-Type", "X-Amz-Date", "X-Amz-Security-Token", "X-Api-Key"),
                c.allowHeaders());
        assertEquals(List.of(), c.exposeHeaders());
        assertEquals(Optional.empty(), c.maxAge());
        assertFalse(c.allowCredentials());
    }

    @Test
    void addedHeadersExtendTheDefaultsSortedWithoutDuplicates() {
        CorsConfig c = CorsConfig.builder().allowHeaders("X-Zeta", "content-type").allowHeaders(List.of("Accept"))
                .build();
        assertEquals(List.of("Accept", "Authorization", "Content-Type", "X-Amz-Date", "X-Amz-Security-Token",
                "X-Api-Key", "X-Zeta"), c.allowHeaders());
    }

    @Test
    void originsAndMaxAge() {
        CorsConfig c = CorsConfig.builder().allowOrigin("https://a.example").extraOrigins("https://b.example")
                .extraOrigins(List.of("https://c.example")).maxAge(Duration.ofMillis(90_500)).build();
        assertEquals(Set.of("https://a.example", "https://b.example", "https://c.example"), c.origins());
        assertFalse(c.allowsAnyOrigin());
        assertEquals(Optional.of(Duration.ofSeconds(90)), c.maxAge());
        assertEquals(Optional.of(Duration.ofSeconds(300)), CorsConfig.builder().maxAge(300).build().maxAge());
        assertEquals(Optional.empty(), CorsConfig.builder().maxAge(300).maxAge((Duration) null).build().maxAge());
    }

    @Test
    void credentialsWithAnyOriginAreRejectedWithAFix() {
        var e = assertThrows(IllegalStateException.class,
                () -> CorsConfig.builder().allowCredentials(true).build());
        assertTrue(e.getMessage().contains("allowOrigin(\"https://...\")"), e.getMessage());
        assertThrows(IllegalStateException.class, () -> CorsConfig.builder().allowOrigin("https://a.example")
                .extraOrigins("*").allowCredentials(true).build());
        assertTrue(CorsConfig.builder().allowOrigin("https://a.example").allowCredentials(true).build()
                .allowCredentials());
    }

    @Test
    void credentialsWithAnyOriginNeverReachTheResolver() {
        var e = assertThrows(IllegalStateException.class, () -> Resolver.builder().discover(false)
                .register(new CorsFeature()).configure(CorsConfig.builder().allowCredentials(true).build()).build());
        assertTrue(e.getMessage().contains("wildcard origin"), e.getMessage());
    }

    @Test
    void malformedValuesAreRejected() {
        CorsConfig.Builder b = CorsConfig.builder();
        assertThrows(IllegalArgumentException.class, () -> b.allowOrigin(""));
        assertThrows(IllegalArgumentException.class, () -> b.allowOrigin("https://a.example, https://b.example"));
        assertThrows(IllegalArgumentException.class, () -> b.allowOrigin("https://a.example/"));
        assertThrows(IllegalArgumentException.class, () -> b.extraOrigins("https://a.example\r\n"));
        assertThrows(IllegalArgumentException.class, () -> b.allowHeaders("X-A,X-B"));
        assertThrows(IllegalArgumentException.class, () -> b.exposeHeaders("X A"));
        assertThrows(IllegalArgumentException.class, () -> b.maxAge(-1));
        assertThrows(NullPointerException.class, () -> b.allowOrigin(null));
    }
}
