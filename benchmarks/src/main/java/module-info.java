/**
 * Portico's benchmarks: JMH per-invocation and route-lookup benchmarks and the cold-start harness
 * (fresh JVMs on the class path, as Lambda runs functions). A tool, not published; its benchmarks and
 * harness run on the class path, this descriptor documents what they use.
 */
module dev.portico.benchmarks {
    requires dev.portico.core;
    requires dev.portico.source.apigw.rest;
    requires dev.portico.feature.openapi;
    requires com.fasterxml.jackson.databind;
    requires aws.lambda.java.core;
    requires jmh.core;
    requires java.management;

    exports dev.portico.benchmarks.baseline;
    exports dev.portico.benchmarks.portico;
    exports dev.portico.benchmarks.launch;
    exports dev.portico.benchmarks.harness;
    // JMH instantiates the benchmark state classes and the code it generates reflectively.
    opens dev.portico.benchmarks.jmh;
    opens dev.portico.benchmarks.jmh.jmh_generated;
}
