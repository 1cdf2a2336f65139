package dev.portico.benchmarks.jmh;

import com.amazonaws.services.lambda.runtime.Context;
import dev.portico.api.spi.SourceRequest;
import dev.portico.api.spi.WireResponse;
import dev.portico.benchmarks.launch.BenchContext;
import dev.portico.core.Resolver;
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
 * Route lookup as the route count grows: {@link Resolver#dispatch} of an already-decoded request
 * (no JSON read or written), whose handler returns a constant. That is as close to routing alone as
 * the public API gets: what remains besides the lookup is a request object, the handler call and a
 * {@code WireResponse}, the same for every route count. Sample-time mode; the report uses the median.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
public class RouteLookupBenchmark {

    /** How many routes the application has. */
    @Param({"10", "100", "1000"})
    public int routes;

    /** The route shapes, see {@link LookupApps}. */
    @Param({"static", "param", "mixed"})
    public String shape;

    private Resolver app;
    private SourceRequest request;
    private final Context context = new BenchContext();

    /** Builds the application and the request. */
    @Setup
    public void setUp() {
        app = LookupApps.app(shape, routes);
        request = LookupApps.request(shape, routes);
        WireResponse check = app.dispatch(request, context);
        if (check.status() != 200) {
            throw new IllegalStateException(request.path() + " answered " + check.status() + ": " + check.body());
        }
    }

    /** @return the response */
    @Benchmark
    public WireResponse dispatch() {
        return app.dispatch(request, context);
    }
}
