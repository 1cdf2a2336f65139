package dev.portico.core.server;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/** The local server's bounded worker pool. */
final class Workers {

    private Workers() {
    }

    /**
     * A fixed pool of {@code threads} workers with a queue of {@code queue} waiting exchanges. When
     * both are full, the server's accepting thread answers the exchange itself, which slows accepting
     * down instead of dropping requests. Once the pool is shut down, exchanges are rejected with a
     * {@link RejectedExecutionException} (never dropped silently, so {@link InFlight} stays exact).
     *
     * @param threads the workers
     * @param queue the waiting exchanges
     * @return the pool
     */
    static ThreadPoolExecutor pool(int threads, int queue) {
        AtomicInteger n = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "portico-local-" + n.incrementAndGet());
            t.setDaemon(false);
            return t;
        };
        return new ThreadPoolExecutor(threads, threads, 60, TimeUnit.SECONDS, new ArrayBlockingQueue<>(queue),
                factory, (task, pool) -> {
                    if (pool.isShutdown()) {
                        throw new RejectedExecutionException("The local server is stopped");
                    }
                    task.run();
                });
    }
}
