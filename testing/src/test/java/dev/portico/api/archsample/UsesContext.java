package dev.portico.api.archsample;

import com.amazonaws.services.lambda.runtime.Context;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;

/** Api-module code that only uses what the api may use: the JDK, Jackson and lambda-core. */
public class UsesContext {
    /** @param c a context @param n a node @return a list */
    public List<String> of(Context c, JsonNode n) {
        return List.of(c.getAwsRequestId(), n.asText(), String.valueOf(new int[] {1}.length));
    }
}
