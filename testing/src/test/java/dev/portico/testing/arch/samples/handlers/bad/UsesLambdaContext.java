package dev.portico.testing.arch.samples.handlers.bad;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.api.Request;

/** A handler that reaches for the Lambda context instead of the request. */
public class UsesLambdaContext {
    /** @param request the request @param context the context @return the request id */
    public String handle(Request request, Context context) {
        return context.getAwsRequestId();
    }
}
