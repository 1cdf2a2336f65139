/**
 * Portico's test kit, for test scope: an in-memory client ({@link dev.portico.testing.PorticoClient}),
 * builders of Lambda events in every format Portico reads
 * ({@link dev.portico.testing.Events}), module and service-file checks for plugin modules
 * ({@link dev.portico.testing.ModuleChecks}), and ArchUnit rules for applications and plugins
 * ({@link dev.portico.testing.arch.PorticoArchRules}; ArchUnit is optional and only needed by those
 * rules). Provides no service.
 */
module dev.portico.testing {
    requires transitive dev.portico.api;
    requires transitive dev.portico.core;
    requires static transitive com.tngtech.archunit;

    exports dev.portico.testing;
    exports dev.portico.testing.arch;
}
