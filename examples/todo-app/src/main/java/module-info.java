/**
 * The todo example: a REST API answered by Portico on API Gateway REST events, with typed and
 * validated routes, an OpenAPI document and Swagger UI, CORS, compression, a correlation-id
 * middleware, its own error bodies, a Lambda handler
 * ({@link dev.portico.examples.todo.TodoHandler}) and a local server ({@link dev.portico.examples.todo.Main}).
 */
module dev.portico.examples.todo {
    requires dev.portico.core;
    requires dev.portico.source.apigw.rest;
    // Main's local HTTP server.
    requires dev.portico.server;
    requires dev.portico.feature.cors;
    requires dev.portico.feature.openapi;
    // Used through ServiceLoader only (route.compress()); required so the module path resolves it.
    requires dev.portico.feature.compress;

    exports dev.portico.examples.todo;
    // Jackson reads and writes the body records reflectively.
    opens dev.portico.examples.todo to com.fasterxml.jackson.databind, com.fasterxml.jackson.jr.ob;
}
