package dev.portico.api.archsample;

import com.amazonaws.services.lambda.runtime.events.APIGatewayV2HTTPEvent;

/** Api-module code that wrongly pulls in the AWS events library. */
public class UsesEventsLibrary {
    /** @param event an event @return its path */
    public String path(APIGatewayV2HTTPEvent event) {
        return event.getRawPath();
    }
}
