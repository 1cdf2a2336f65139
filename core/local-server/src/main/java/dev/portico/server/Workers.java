package dev.portico.server;

import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.SynchronousQueue;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The threads the JDK server runs exchanges on. The JDK server reads a request's line and headers on
 * the executor's thread (its dispatcher only waits for the first byte), so a client that sends half
 * its headers, a slow body, or never reads its answer holds one thread until the request or response
 * timeout closes its connection. Hence one thread per active connection: a virtual thread each on
 * Java 21+, which costs no platform thread while blocked; on Java 17 a pool that grows to the
 * connection limit, so a blocked connection never makes another wait for a thread.
 */
final class Workers {
    /** Threads beyond the connection limit, so a connection over it can still be answered 503. */
    static final int HEADROOM = 64;

    /** {@code Executors.newVirtualThreadPerTaskExecutor()}, looked up once, or {@code null} before Java 21. */
    private static final MethodHandle VIRTUAL = virtualExecutor();

    private Workers() {
    }

    /** @return whether this JVM has virtual threads (Java 21+) */
    static boolean virtualAvailable() {
        return VIRTUAL != null;
    }

    /**
     * @param virtual whether to use virtual threads when the JVM has them
     * @param threads the platform threads kept alive when idle (Java 17 pool)
     * @param maxConnections the connection limit
     * @return the executor: virtual-thread-per-task, or a pool of up to {@code maxConnections +}
     *     {@value #HEADROOM} platform threads that hands each exchange its own thread and refuses one
     *     beyond (the JDK server then closes that connection), never queueing it behind blocked ones
     */
    static ExecutorService create(boolean virtual, int threads, int maxConnections) {
        if (virtual && VIRTUAL != null) {
            try {
                return (ExecutorService) VIRTUAL.invokeExact();
            } catch (RuntimeException | Error e) {
                throw e;
            } catch (Throwable e) {
                throw new IllegalStateException("Cannot create the virtual thread executor", e);
            }
        }
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "portico-local-" + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
        int max = Math.max(threads, maxConnections + HEADROOM);
        return new ThreadPoolExecutor(Math.min(threads, max), max, 30, TimeUnit.SECONDS, new SynchronousQueue<>(),
                factory, new ThreadPoolExecutor.AbortPolicy());
    }

    private static MethodHandle virtualExecutor() {
        try {
            return MethodHandles.publicLookup().findStatic(Executors.class, "newVirtualThreadPerTaskExecutor",
                    MethodType.methodType(ExecutorService.class));
        } catch (NoSuchMethodException | IllegalAccessException e) {
            return null;
        }
    }
}
