package dev.portico.feature.openapi;

import static dev.portico.feature.openapi.Apps.json;
import static dev.portico.feature.openapi.Apps.problem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.portico.api.Response;
import dev.portico.api.ServiceError;
import dev.portico.core.Resolver;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.testing.EventFormat;
import dev.portico.testing.PorticoClient;
import dev.portico.testing.TestResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** RequestValidationError: its body, its problems, and exception handlers that replace them. */
class ValidationErrorTest {

    public static class Api {
        @Get("/todos/{todo_id}")
        public Map<String, Integer> todo(@Path("todo_id") int id) {
            return Map.of("id", id);
        }

        @Post("/todos")
        public int create(@Body Todo todo) {
            return todo.userId();
        }
    }

    @Test
    void theErrorIsAServiceErrorWithADetailedBody() {
        RequestValidationError e = new RequestValidationError(List.of(
                new ValidationProblem(List.of("query", "completed"), "bool_parsing", "Input should be a valid boolean")));
        assertTrue(e instanceof ServiceError);
        assertEquals(422, e.statusCode());
        assertEquals(json("{\"statusCode\":422,\"detail\":[{\"loc\":[\"query\",\"completed\"],\"type\":\"bool_parsing\","
                + "\"msg\":\"Input should be a valid boolean\"}]}"), Apps.M.valueToTree(e.body()));
    }

    @Test
    void everyEventSourceAnswersTheSame422() {
        Resolver app = Apps.app(new Api());
        for (EventFormat format : EventFormat.values()) {
            TestResponse r = PorticoClient.of(app).format(format).get("/todos/apples").send();
            assertEquals(422, r.status(), format.name());
            assertEquals("application/json", r.header("Content-Type"), format.name());
            assertEquals(problem(List.of("path", "todo_id"), "int_parsing",
                    "Input should be a valid integer, unable to parse string as an integer"), r.json(), format.name());
        }
    }

    /** Powertools' data_validation_sanitized_error.py: log the details, answer an opaque 422. */
    @Test
    void anExceptionHandlerCanSanitizeTheErrors() {
        List<ValidationProblem> logged = new ArrayList<>();
        Resolver app = Resolver.builder().debug(false).include(OpenApi.routes(new Api()))
                .exceptionHandler(RequestValidationError.class, (e, request) -> {
                    logged.addAll(e.errors());
                    return Response.of(422, "application/json", "Invalid data");
                })
                .build();
        TestResponse r = PorticoClient.of(app).post("/todos").body("{\"title\": \"foo\"}").send();
        assertEquals(422, r.status());
        assertEquals("Invalid data", r.body());
        assertEquals("application/json", r.header("Content-Type"));
        assertEquals(List.of(List.of("body", "userId"), List.of("body", "completed")),
                logged.stream().map(ValidationProblem::loc).toList());
        assertEquals(List.of("missing", "missing"), logged.stream().map(ValidationProblem::type).toList());
    }
}
