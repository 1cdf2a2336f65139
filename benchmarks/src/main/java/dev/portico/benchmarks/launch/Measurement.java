package dev.portico.benchmarks.launch;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * Prints what a cold-start run measured, as two lines the harness parses:
 * {@code BENCH entered=<t> initialized=<t> responded=<t> cpu=<ns> heap=<bytes> classes=<n>} (times
 * from {@code System.nanoTime}) and
 * {@code RESPONSE <response>}. {@code System.nanoTime} is {@code CLOCK_MONOTONIC} on Linux, the clock
 * the harness reads before it starts the process, so the two give the wall time to the first response.
 */
public final class Measurement {

    private Measurement() {
    }

    /**
     * The process's CPU time (user and system, all threads) from {@code /proc/self/stat}, read with
     * plain {@code java.io} so that measuring loads next to nothing; elsewhere from
     * {@link ProcessHandle}. Both count in clock ticks (10 ms on Linux).
     *
     * @return nanoseconds, or -1 when unknown
     */
    public static long cpuNanos() {
        try (FileInputStream in = new FileInputStream("/proc/self/stat")) {
            String stat = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
            String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
            // After the command: state is field 3, utime field 14 and stime field 15 (man proc).
            long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
            return ticks * 10_000_000L;
        } catch (IOException | RuntimeException e) {
            return ProcessHandle.current().info().totalCpuDuration().map(Duration::toNanos).orElse(-1L);
        }
    }

    /**
     * Reports a run. Read the CPU time right after the response is complete; only here are the
     * management classes (for the heap figure) loaded.
     *
     * @param entered {@link System#nanoTime()} when {@code main} started
     * @param initialized {@link System#nanoTime()} when the handler was loaded, initialized and created
     * @param responded {@link System#nanoTime()} when the response was complete
     * @param cpu {@link #cpuNanos()} read right after the response
     * @param extra more {@code name=value} pairs for the {@code BENCH} line (each after a space), or empty
     * @param response the response text
     * @param lean whether to skip the heap and class figures (class-loading profiles)
     */
    public static void report(long entered, long initialized, long responded, long cpu, String extra, String response,
                              boolean lean) {
        long heap = -1;
        long classes = -1;
        if (!lean) {
            MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
            classes = ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount();
            System.gc();
            heap = memory.getHeapMemoryUsage().getUsed();
        }
        PrintStream out = System.out;
        out.println("BENCH entered=" + entered + " initialized=" + initialized + " responded=" + responded + " cpu=" + cpu + " heap=" + heap + " classes=" + classes + extra);
        out.println("RESPONSE " + response.replace('\n', ' '));
        out.flush();
    }
}
