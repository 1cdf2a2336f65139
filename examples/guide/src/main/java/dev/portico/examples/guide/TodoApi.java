package dev.portico.examples.guide;

import dev.portico.api.NotFoundError;
import dev.portico.api.Request;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Header;
import dev.portico.feature.openapi.annotations.Length;
import dev.portico.feature.openapi.annotations.Max;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Query;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed routes: parameters and bodies converted and validated before the method runs (422 listing
 * every problem), results checked against the declared type. Registered with
 * {@code OpenApi.routes(new TodoApi())}.
 */
public final class TodoApi {
    // tag::get[]
    /**
     * @param id the todo's id, from the path
     * @return the todo
     */
    @Get("/todos/{todo_id}")
    public Todo todo(@Path("todo_id") @Max(999) int id) {
        return Todos.find(id).orElseThrow(() -> new NotFoundError("No todo " + id));
    }
    // end::get[]

    // tag::query[]
    /**
     * @param completed only todos in this state, when given
     * @param limit how many todos at most
     * @return the todos
     */
    @Get("/todos")
    public List<Todo> todos(@Query("completed") Optional<Boolean> completed,
                            @Query(value = "limit", defaultValue = "10") @Min(1) @Max(100) int limit) {
        return Todos.SAMPLE.stream()
                .filter(t -> completed.isEmpty() || t.completed() == completed.get())
                .limit(limit)
                .toList();
    }
    // end::query[]

    // tag::header[]
    /**
     * @param correlationId the caller's correlation id: required, 16 characters
     * @param request the request itself, for anything else
     * @return a greeting
     */
    @Get(value = "/hello", contentType = "text/plain")
    public String hello(@Header("X-Correlation-Id") @Length(min = 16, max = 16) String correlationId,
                        Request request) {
        return "Hello from " + request.sourceIp() + ", correlation id " + correlationId;
    }
    // end::header[]

    // tag::post[]
    /**
     * @param todo the body, converted to the record and validated
     * @return the stored todo
     */
    @Post(value = "/todos", status = 201)
    public Todo create(@Body NewTodo todo) {
        return new Todo(3, todo.title(), todo.completed());
    }
    // end::post[]

    // tag::embed[]
    /**
     * @param todo the value of the body's {@code todo} key
     * @param priority the value of its {@code priority} key, if any
     * @return what was received
     */
    @Post("/todos/embedded")
    public String createEmbedded(@Body(value = "todo", embed = true) NewTodo todo,
                                 @Body(value = "priority", embed = true) Optional<Integer> priority) {
        return todo.title() + " with priority " + priority.orElse(0);
    }
    // end::embed[]

    /** Tags a todo can have. */
    public enum Tag {
        /** At home. */
        HOME,
        /** At work. */
        WORK,
        /** Soon. */
        URGENT
    }

    // tag::multi[]
    /**
     * @param tags every value of the repeated {@code tag} parameter, at most 3
     * @return the tags received
     */
    @Get("/tags")
    public List<Tag> tags(@Query("tag") @Length(max = 3) List<Tag> tags) {
        return tags;
    }
    // end::multi[]

    // tag::response-validation[]
    /**
     * @param id the todo's id
     * @return what an outdated upstream service sends: no title, no completed flag
     */
    @Get("/legacy/{todo_id}")
    @ApiResponse(status = 200, description = "The todo", type = Todo.class)
    public Object legacy(@Path("todo_id") int id) {
        return Map.of("id", id);
    }
    // end::response-validation[]
}
