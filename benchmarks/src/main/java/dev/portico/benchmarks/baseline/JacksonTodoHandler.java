package dev.portico.benchmarks.baseline;

/** The baseline Lambda handler for the cold start: the to-do routes and filler, 10 routes as Portico's. */
public class JacksonTodoHandler extends JacksonApi {

    /** The handler the Lambda runtime creates. */
    public JacksonTodoHandler() {
        super(10);
    }
}
