package dev.portico.api;

import java.util.List;

/**
 * Thrown when an event is not an HTTP event that any available event source understands: a
 * scheduled event, an SQS message, JSON that is not an object. It propagates to the Lambda runtime
 * (no HTTP response can be made for such an event). The message names the sources tried.
 */
public class UnsupportedEventException extends RuntimeException {
    private static final long serialVersionUID = 1L;
    private final transient List<String> triedSources;

    /**
     * @param reason what is wrong with the event
     * @param triedSources the ids of the event sources that were asked
     */
    public UnsupportedEventException(String reason, List<String> triedSources) {
        super(reason + " (event sources tried: " + (triedSources.isEmpty() ? "none; add a portico-source-* module"
                : String.join(", ", triedSources)) + ")");
        this.triedSources = List.copyOf(triedSources);
    }

    /** @return the ids of the event sources that were asked */
    public List<String> triedSources() {
        return triedSources;
    }
}
