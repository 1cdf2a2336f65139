/**
 * Sample classes for {@link dev.portico.testing.arch.PorticoArchRulesTest}: each {@code bad} package
 * breaks one rule, each {@code good} package keeps it. Never loaded, only read by ArchUnit.
 */
package dev.portico.testing.arch.samples;
