/**
 * An example event source for a custom JSON envelope around an HTTP request:
 *
 * <pre>{@code
 * {"kind":"http-envelope",
 *  "request":{"verb":"GET","url":"/todos?done=true","headers":{"Accept":"application/json"},
 *             "body":null,"base64":false,"id":"req-1","client":"203.0.113.9"}}
 * }</pre>
 *
 * answered with
 *
 * <pre>{@code
 * {"status":200,"headers":{"Content-Type":["application/json"]},"body":"[]","base64":false,"inReplyTo":"req-1"}
 * }</pre>
 *
 * <p>Put the jar next to Portico's and {@code Resolver.builder().build()} finds the source; see
 * {@code docs/custom-event-source.md} for the walk-through.
 */
package dev.portico.examples.envelope;
