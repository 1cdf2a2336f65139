/**
 * Lambda handlers of every Portico event source, in both handler styles where the source has a typed
 * one, for the test that runs them under the real AWS Lambda Runtime Interface Client.
 */
package dev.portico.examples.runtime;
