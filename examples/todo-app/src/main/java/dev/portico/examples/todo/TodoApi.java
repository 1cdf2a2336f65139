package dev.portico.examples.todo;

import dev.portico.api.Response;
import dev.portico.feature.openapi.annotations.ApiResponse;
import dev.portico.feature.openapi.annotations.Body;
import dev.portico.feature.openapi.annotations.Delete;
import dev.portico.feature.openapi.annotations.Get;
import dev.portico.feature.openapi.annotations.Min;
import dev.portico.feature.openapi.annotations.Operation;
import dev.portico.feature.openapi.annotations.Patch;
import dev.portico.feature.openapi.annotations.Path;
import dev.portico.feature.openapi.annotations.Post;
import dev.portico.feature.openapi.annotations.Put;

/**
 * The typed part of the {@code /todos} resource: path parameters and bodies are converted and
 * validated (422 listing every problem), results are checked against their declared types, and
 * everything appears in the OpenAPI document. Registered with {@code OpenApi.routes(new TodoApi(store))}.
 */
public final class TodoApi {
    private final TodoStore store;

    /** @param store where todos live */
    public TodoApi(TodoStore store) {
        this.store = store;
    }

    /**
     * @param input the new todo
     * @return 201 with the stored todo and its {@code Location}
     */
    @Post(value = "/todos", status = 201)
    @Operation(summary = "Create a todo", tags = "todos", operationId = "createTodo")
    @ApiResponse(status = 201, description = "The todo, with its id", type = Todo.class)
    @ApiResponse(status = 422, description = "The body is not a valid todo")
    public Response create(@Body TodoInput input) {
        Todo todo = store.create(input.title().strip(), input.done());
        return Response.status(201).header("Location", "/todos/" + todo.id()).body(todo).build();
    }

    /**
     * @param id the id
     * @return the todo
     */
    @Get("/todos/{id}")
    @Operation(summary = "Get a todo", tags = "todos", operationId = "getTodo")
    @ApiResponse(status = 404, description = "There is no todo with this id")
    public Todo get(@Path("id") @Min(1) long id) {
        return store.find(id).orElseThrow(() -> new TodoErrors.TodoNotFound(id));
    }

    /**
     * @param id the id
     * @param input the new state
     * @return the stored todo
     */
    @Put("/todos/{id}")
    @Operation(summary = "Replace a todo", tags = "todos", operationId = "replaceTodo")
    @ApiResponse(status = 404, description = "There is no todo with this id")
    public Todo replace(@Path("id") @Min(1) long id, @Body TodoInput input) {
        return store.replace(new Todo(id, input.title().strip(), input.done()))
                .orElseThrow(() -> new TodoErrors.TodoNotFound(id));
    }

    /**
     * @param id the id
     * @param patch the fields to change
     * @return the stored todo
     */
    @Patch("/todos/{id}")
    @Operation(summary = "Change some fields of a todo", tags = "todos", operationId = "updateTodo")
    @ApiResponse(status = 404, description = "There is no todo with this id")
    public Todo update(@Path("id") @Min(1) long id, @Body TodoPatch patch) {
        Todo current = get(id);
        Todo changed = new Todo(id, patch.title().map(String::strip).orElse(current.title()),
                patch.completed().orElse(current.completed()));
        return store.replace(changed).orElseThrow(() -> new TodoErrors.TodoNotFound(id));
    }

    /** @param id the id of the todo to delete */
    @Delete(value = "/todos/{id}", status = 204)
    @Operation(summary = "Delete a todo", tags = "todos", operationId = "deleteTodo")
    @ApiResponse(status = 404, description = "There is no todo with this id")
    public void delete(@Path("id") @Min(1) long id) {
        if (!store.delete(id)) {
            throw new TodoErrors.TodoNotFound(id);
        }
    }
}
