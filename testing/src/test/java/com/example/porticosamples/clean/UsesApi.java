package com.example.porticosamples.clean;

import dev.portico.api.Response;

/** Application code that uses Portico's API only. */
public class UsesApi {
    /** @return a response */
    public Response run() {
        return Response.ok("fine");
    }
}
