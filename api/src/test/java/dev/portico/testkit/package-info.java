/**
 * Test helpers shared by the tests of the event source modules, published as {@code portico-api}'s
 * test-jar (test scope only). They cannot live in {@code portico-testing}, whose own tests depend on
 * every source: the sources' tests depending on it would make a cycle. Resources are read from the
 * calling module's {@code src/test/resources} folder (the tests' working directory is the module),
 * which works alike on the module path, where a module's resource packages are not open to this jar,
 * and on the class path.
 */
package dev.portico.testkit;
