package dev.portico.server;

import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;

/**
 * Counts running work: the server keeps one for the exchanges holding a thread (the connection limit)
 * and one for the requests inside the application (what a graceful stop waits for).
 */
final class InFlight {
    private int count;

    /**
     * Runs an exchange on the pool, counted from now until it finishes.
     *
     * @param task the exchange
     * @param pool the workers
     */
    void run(Runnable task, Executor pool) {
        enter();
        try {
            pool.execute(() -> {
                try {
                    task.run();
                } finally {
                    leave();
                }
            });
        } catch (RejectedExecutionException e) {
            leave();
            throw e;
        }
    }

    synchronized void enter() {
        count++;
    }

    synchronized void leave() {
        count--;
        if (count == 0) {
            notifyAll();
        }
    }

    /** @return the exchanges in flight */
    synchronized int count() {
        return count;
    }

    /**
     * Waits until no exchange is in flight.
     *
     * @param timeout the longest wait
     * @return whether none is in flight
     */
    synchronized boolean awaitZero(Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        try {
            while (count > 0) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                long ms = Math.max(1, left / 1_000_000);
                wait(ms);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return count == 0;
        }
        return true;
    }
}
