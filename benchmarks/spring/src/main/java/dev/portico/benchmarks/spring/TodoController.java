package dev.portico.benchmarks.spring;

import java.util.List;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** GET /todos, GET /todos/{id}, POST /todos: the API every benchmark variant serves. */
@RestController
public class TodoController {

    /** @return two to-do items */
    @GetMapping("/todos")
    public List<Todo> list() {
        return List.of(new Todo("1", "Todo 1", false), new Todo("2", "Todo 2", true));
    }

    /**
     * @param id the id
     * @return the item
     */
    @GetMapping("/todos/{id}")
    public Todo get(@PathVariable("id") String id) {
        return new Todo(id, "Todo " + id, false);
    }

    /**
     * @param body a JSON object with a title
     * @return the created item
     */
    @PostMapping("/todos")
    @ResponseStatus(HttpStatus.CREATED)
    public Todo create(@RequestBody Map<String, Object> body) {
        return new Todo("3", String.valueOf(body.get("title")), false);
    }
}
