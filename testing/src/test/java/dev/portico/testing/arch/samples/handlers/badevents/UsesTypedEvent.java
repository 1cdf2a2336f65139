package dev.portico.testing.arch.samples.handlers.badevents;

import com.amazonaws.services.lambda.runtime.events.APIGatewayProxyRequestEvent;

/** A handler tied to one event format. */
public class UsesTypedEvent {
    /** @param event the event @return its path */
    public String handle(APIGatewayProxyRequestEvent event) {
        return event.getPath();
    }
}
