/**
 * What stands in for the AWS Lambda Java runtime in the cold-start harness: a main that loads a
 * handler class by name, answers one event and reports when and at what cost it answered. Depends on
 * the JDK and {@code aws-lambda-java-core} only, so it adds nothing to the class loading it measures.
 */
package dev.portico.benchmarks.launch;
