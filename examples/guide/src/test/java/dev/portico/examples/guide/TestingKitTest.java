package dev.portico.examples.guide;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.portico.core.Resolver;
import dev.portico.testing.EventFormat;
import dev.portico.testing.Events;
import dev.portico.testing.HttpApiEventBuilder;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestContext;
import dev.portico.testing.TestResponse;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** docs/guide/testing.md: the test kit's client, event builders and responses. */
class TestingKitTest {

    // tag::client[]
    @Test
    void getsATodo() {
        PorticoClient client = PorticoClient.of(Routers.app());   // sends API Gateway REST events

        TestResponse response = client.get("/todos/1").send();

        assertEquals(200, response.status());
        assertEquals("application/json", response.header("Content-Type"));
        assertEquals("Buy milk", response.json().get("title").asText());
        assertEquals(new Todo(1, "Buy milk", false), response.json(Todo.class));
    }
    // end::client[]

    // tag::request[]
    @Test
    void buildsRequestsFluently() {
        TestResponse response = PorticoClient.of(Routers.app())
                .delete("/todos/2?reason=done")                     // a query string in the path...
                .query("notify", "false")                            // ...or added one by one
                .header("X-Role", "admin")
                .cookie("session", "abc")
                .requestId("req-42")                                 // also the TestContext's request id
                .send();

        assertEquals(204, response.status());
        assertEquals("", response.body());
    }
    // end::request[]

    // tag::formats[]
    @ParameterizedTest
    @EnumSource(EventFormat.class)
    void answersEveryEventFormat(EventFormat format) {
        var app = Resolver.builder();                              // detects the source of each event
        app.include(TodoRoutes.router(), "/todos");
        PorticoClient client = PorticoClient.of(app.build()).format(format);

        TestResponse response = client.post("/todos/missing").jsonBody(new Todo(3, "Call mom", false)).send();

        assertEquals(405, response.status());
        assertEquals("DELETE, GET, HEAD", response.header("Allow"));     // the same in every format
    }
    // end::formats[]

    // tag::customize[]
    @Test
    void changesWhatOnlyOneFormatHas() {
        var app = Resolver.builder();
        app.get("/stage", request -> request.rawPath());
        TestResponse response = PorticoClient.of(app.build()).format(EventFormat.HTTP_API)
                .get("/stage")
                .customize(HttpApiEventBuilder.class, event -> event.stage("dev"))  // rawPath becomes /dev/stage
                .send();

        assertEquals("/stage", response.body());                  // the HTTP API source strips the stage
    }
    // end::customize[]

    // tag::events[]
    @Test
    void resolvesAnEventBuiltByHand() throws Exception {
        String event = Events.apiGatewayRest()
                .method("POST")
                .path("/todos")
                .jsonBody(new Todo(3, "Call mom", false))
                .build();

        String answer = Routing.httpMethods().resolve(event, new TestContext("lambda-req-1"));

        assertEquals(new ObjectMapper().readTree("""
                {"statusCode": 201,
                 "multiValueHeaders": {"Location": ["/todos/3"], "Content-Type": ["application/json"]},
                 "body": "{\\"id\\":3,\\"title\\":\\"Call mom\\",\\"completed\\":false}",
                 "isBase64Encoded": false}"""), new ObjectMapper().readTree(answer));
        assertEquals(201, TestResponse.of(answer).status());     // or read it back
    }
    // end::events[]

    // tag::handler-class[]
    @Test
    void callsTheHandlerClassLikeLambdaDoes() throws Exception {
        String event = Events.apiGatewayRest().path("/todos").build();
        ByteArrayOutputStream out = new ByteArrayOutputStream();

        new RestApiHandler().handleRequest(new ByteArrayInputStream(event.getBytes(StandardCharsets.UTF_8)), out,
                new TestContext());

        TestResponse response = TestResponse.of(out.toString(StandardCharsets.UTF_8));
        assertEquals(2, response.json().get("todos").size());
    }
    // end::handler-class[]
}
