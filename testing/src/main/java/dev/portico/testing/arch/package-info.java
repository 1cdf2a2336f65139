/**
 * ArchUnit rules for code built on Portico ({@link dev.portico.testing.arch.PorticoArchRules}).
 * Needs {@code com.tngtech.archunit:archunit} on the test class path.
 */
package dev.portico.testing.arch;
