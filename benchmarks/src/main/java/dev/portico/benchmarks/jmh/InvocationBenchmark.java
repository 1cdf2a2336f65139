package dev.portico.benchmarks.jmh;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import dev.portico.benchmarks.baseline.JacksonApi;
import dev.portico.benchmarks.baseline.JacksonTypedHandler;
import dev.portico.benchmarks.launch.BenchContext;
import dev.portico.benchmarks.portico.TodoApi;
import dev.portico.benchmarks.portico.TypedTodoApi;
import dev.portico.feature.openapi.OpenApi;
import dev.portico.source.apigw.rest.ApiGatewayRestResolver;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One warm invocation with a REST (v1) event, for each of the three measured events: {@code GET
 * /todos/42}, {@code POST /todos} with a body bound to a record, and the typed, validated {@code POST
 * /todos} (feature-openapi): read the event, route, run the handler, write the response JSON. Portico
 * (core and the REST source, the resolver fixed to that source; feature-openapi for the typed route)
 * against the hand-written Jackson handlers, with 10 routes. Both write the same response JSON
 * (checked by {@code SameResponsesTest}). {@code run.sh} runs it at C1 ({@code -XX:TieredStopAtLevel=1}),
 * as Lambda's JVM flags do.
 *
 * <p>Sample-time mode: the report uses the median of the sampled invocations, which stays put on a
 * busy two-core machine where the mean does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InvocationBenchmark {

    /** Which event: {@code get}, {@code post} or {@code typed}. */
    @Param({"get", "post", "typed"})
    public String event;

    private static final int ROUTES = 10;
    private byte[] bytes;
    private RequestStreamHandler portico;
    private RequestStreamHandler baseline;
    private final Context context = new BenchContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    /** Builds both applications. */
    @Setup
    public void setUp() {
        bytes = Events.load(switch (event) {
            case "get" -> "get-todo.json";
            case "post" -> "post-todo.json";
            case "typed" -> "post-typed.json";
            default -> throw new IllegalArgumentException("Unknown event " + event);
        });
        if ("typed".equals(event)) {
            portico = ApiGatewayRestResolver.builder().include(OpenApi.routes(new TypedTodoApi())).build();
            baseline = new JacksonTypedHandler();
        } else {
            portico = TodoApi.routes(ApiGatewayRestResolver.builder(), ROUTES).build();
            baseline = new JacksonApi(ROUTES);
        }
    }

    /**
     * @return the response length
     * @throws IOException never, writing to memory
     */
    @Benchmark
    public int portico() throws IOException {
        out.reset();
        portico.handleRequest(new ByteArrayInputStream(bytes), out, context);
        return out.size();
    }

    /**
     * @return the response length
     * @throws IOException never, writing to memory
     */
    @Benchmark
    public int baseline() throws IOException {
        out.reset();
        baseline.handleRequest(new ByteArrayInputStream(bytes), out, context);
        return out.size();
    }
}
