package dev.portico.benchmarks.jmh;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.benchmarks.baseline.JacksonApi;
import dev.portico.benchmarks.launch.BenchContext;
import dev.portico.benchmarks.portico.TodoApi;
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
 * One warm invocation with a REST (v1) event for {@code GET /todos/{id}}: read the event, route, run
 * the handler, write the response JSON. Portico (core and the REST source, the resolver fixed to that
 * source) against the hand-written Jackson handler, with 10 and 500 routes. Both write the same
 * response JSON (checked by the smoke test).
 *
 * <p>Sample-time mode: the report uses the median of the sampled invocations, which stays put on a
 * busy two-core machine where the mean does not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class InvocationBenchmark {

    /** How many routes the application has. */
    @Param({"10", "500"})
    public int routes;

    private byte[] event;
    private ApiGatewayRestResolver portico;
    private JacksonApi baseline;
    private final Context context = new BenchContext();
    private final ByteArrayOutputStream out = new ByteArrayOutputStream(1024);

    /** Builds both applications. */
    @Setup
    public void setUp() {
        event = Events.load("get-todo.json");
        portico = TodoApi.routes(ApiGatewayRestResolver.builder(), routes).build();
        baseline = new JacksonApi(routes);
    }

    /**
     * @return the response length
     * @throws IOException never, writing to memory
     */
    @Benchmark
    public int portico() throws IOException {
        out.reset();
        portico.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.size();
    }

    /**
     * @return the response length
     * @throws IOException never, writing to memory
     */
    @Benchmark
    public int baseline() throws IOException {
        out.reset();
        baseline.handleRequest(new ByteArrayInputStream(event), out, context);
        return out.size();
    }
}
