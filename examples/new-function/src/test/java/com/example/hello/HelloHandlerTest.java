package com.example.hello;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import dev.portico.testing.arch.PorticoArchRules;
import org.junit.jupiter.api.Test;

class HelloHandlerTest {
    @Test
    void saysHello() {
        TestResponse response = PorticoClient.of(HelloHandler.APP).get("/hello/Zo%C3%AB").send();
        assertEquals(200, response.status());
        assertEquals("{\"hello\":\"Zo\u00eb\"}", response.body());
    }

    @Test
    void usesNoPorticoInternals() {
        PorticoArchRules.noDependencyOnPorticoInternals()
                .check(new ClassFileImporter().importPackages("com.example.hello"));
    }
}
