package dev.portico.benchmarks.spring;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Spring Boot application: component scanning finds {@link TodoController}. */
@SpringBootApplication
public class TodoApplication {
}
