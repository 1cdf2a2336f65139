package dev.portico.benchmarks.launch;

/** The reference: a JVM that prints a line and reports, with no handler and no library. */
public final class HelloWorld {

    private HelloWorld() {
    }

    /** @param args {@code --lean} to skip the heap and class figures */
    public static void main(String[] args) {
        long entered = System.nanoTime();
        System.out.println("Hello, world");
        long responded = System.nanoTime();
        Responded.mark();
        Measurement.report(entered, entered, responded, Measurement.cpuNanos(), "", "Hello, world", args.length > 0 && "--lean".equals(args[0]));
    }
}
