/** The user guide's examples, one class per topic; see {@code docs/guide/README.md}. */
package dev.portico.examples.guide;
