/** The todo example: a small REST API answered by Portico on API Gateway REST events. */
module dev.portico.examples.todo {
    requires dev.portico.core;
    requires dev.portico.source.apigw.rest;

    exports dev.portico.examples.todo;
    // Jackson reads the request body records reflectively.
    opens dev.portico.examples.todo to com.fasterxml.jackson.databind;
}
