package dev.portico.benchmarks.baseline;

/** The baseline Lambda handler for the cold start: the three to-do routes only. */
public class JacksonTodoHandler extends JacksonApi {

    /** The handler the Lambda runtime creates. */
    public JacksonTodoHandler() {
        super(3);
    }
}
