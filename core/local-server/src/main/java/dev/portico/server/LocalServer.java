package dev.portico.server;

import com.sun.net.httpserver.HttpServer;
import dev.portico.api.spi.EventSource;
import dev.portico.core.Resolver;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Serves a Portico application over real HTTP with the JDK's {@code com.sun.net.httpserver}, the way
 * AWS would call it: each HTTP request becomes an event of one event source (API Gateway REST by
 * default), goes through {@link Resolver#handleRequest} exactly as in Lambda, with a Lambda context
 * filled in, and the source's response JSON goes back as HTTP (status, repeated headers, cookies,
 * binary bodies decoded from base64).
 *
 * <pre>{@code
 * LocalServer server = LocalServer.builder(app).port(8080).build().start();
 * Runtime.getRuntime().addShutdownHook(new Thread(() -> server.stop(Duration.ofSeconds(10))));
 * server.await();
 * }</pre>
 *
 * <p>One application instance answers concurrent requests, each connection being read or answered on
 * its own thread (a virtual thread on Java 21+, a platform thread of a pool growing to the connection
 * limit on Java 17), so slow or idle clients do not hold up the others. Requests beyond
 * {@link Builder#maxConnections(int)} are answered 503; request, response and idle timeouts close
 * connections that stall (see {@code docs/local-server.md}). {@link #stop(Duration)} is graceful:
 * requests in flight finish (up to the grace period) while new ones are answered 503. With
 * {@link Resolver#debug()} on, every request is logged (at {@code INFO}; otherwise at {@code DEBUG})
 * on the {@link System.Logger} {@code dev.portico.server}.
 *
 * <p>For development, tests, and containers (ECS, Fargate, App Runner): bind to all interfaces there
 * with {@link Builder#host(String) host("0.0.0.0")}. No class of this package or of the
 * {@code jdk.httpserver} module is loaded by an application that does not use it (a Lambda function).
 */
public final class LocalServer implements AutoCloseable {
    static final System.Logger LOG = System.getLogger("dev.portico.server");

    private final Resolver resolver;
    private final EventSource source;
    private final String host;
    private final int requestedPort;
    private final int threads;
    private final int maxConnections;
    private final boolean virtualThreads;
    private final Duration requestTimeout;
    private final Duration responseTimeout;
    private final Duration idleTimeout;
    private final int maxBody;
    private final Level requestLevel;
    /** Exchanges holding a thread: connections whose request is being read or answered. */
    private final InFlight active = new InFlight();
    /** Requests read completely and not yet answered, which a graceful stop waits for. */
    private final InFlight inFlight = new InFlight();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private HttpServer server;
    private ExecutorService pool;

    LocalServer(Builder b, EventSource source) {
        this.resolver = b.resolver;
        this.source = source;
        this.host = b.host;
        this.requestedPort = b.port;
        this.threads = b.threads;
        this.maxConnections = b.maxConnections;
        this.virtualThreads = b.virtualThreads;
        this.requestTimeout = b.requestTimeout;
        this.responseTimeout = b.responseTimeout;
        this.idleTimeout = b.idleTimeout;
        this.maxBody = b.maxRequestBytes;
        this.requestLevel = b.resolver.debug() ? Level.INFO : Level.DEBUG;
    }

    /**
     * A builder for a server answering with this application.
     *
     * @param resolver the application
     * @return the builder: port 8080 on the loopback interface, source {@code apigw-rest}
     */
    public static Builder builder(Resolver resolver) {
        return new Builder(resolver);
    }

    /**
     * Binds the port and starts answering.
     *
     * @return this server
     * @throws PortInUseException when the port is taken
     * @throws IllegalStateException when the server was started before
     * @throws java.io.UncheckedIOException when the server cannot be created for another reason
     */
    public synchronized LocalServer start() {
        if (server != null) {
            throw new IllegalStateException("The server was already started; build a new one to start again");
        }
        InetSocketAddress address = host == null
                ? new InetSocketAddress(InetAddress.getLoopbackAddress(), requestedPort)
                : new InetSocketAddress(host, requestedPort);
        HttpServer s;
        try {
            JdkSettings.apply(requestTimeout, responseTimeout, idleTimeout);
            s = HttpServer.create(address, 0);
        } catch (BindException e) {
            String message = String.valueOf(e.getMessage());
            if (message.contains("in use")) {
                throw new PortInUseException(requestedPort, e);
            }
            throw new java.io.UncheckedIOException("Cannot listen on " + address + ": " + message
                    + " (is the host an address of this machine?)", e);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException("Cannot start the local server on " + address, e);
        }
        pool = Workers.create(virtualThreads, threads, maxConnections);
        s.setExecutor(task -> active.run(task, pool));
        s.createContext("/", new ExchangeHandler(resolver, source, maxBody, requestLevel, () -> stopping,
                () -> active.count() > maxConnections, inFlight));
        s.start();
        server = s;
        LOG.log(Level.INFO, "Portico local server listening on {0} ({1} events, {2}, at most {3} connections)",
                url(), source.id(), virtualThreads && Workers.virtualAvailable() ? "virtual threads"
                        : "up to " + (maxConnections + Workers.HEADROOM) + " threads", String.valueOf(maxConnections));
        return this;
    }

    /**
     * Stops gracefully: new requests are answered 503 with {@code Connection: close} while the requests
     * in flight (inside the application) finish, for up to {@code grace}; then the port is released and
     * the remaining connections are closed, idle ones and those still sending their request included.
     * Does nothing when the server is not running.
     *
     * @param grace how long requests in flight may take to finish
     */
    public void stop(Duration grace) {
        HttpServer s;
        synchronized (this) {
            if (server == null || stopping) {
                return;
            }
            stopping = true;
            s = server;
        }
        boolean drained = inFlight.awaitZero(grace);
        if (!drained) {
            LOG.log(Level.WARNING, "Stopping the local server with {0} request(s) still running after {1}",
                    inFlight.count(), grace);
        }
        s.stop(0);
        pool.shutdownNow();
        try {
            pool.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        LOG.log(Level.INFO, "Portico local server on port {0} stopped", String.valueOf(port()));
        stopped.countDown();
    }

    /** Stops with a grace period of 5 seconds. */
    @Override
    public void close() {
        stop(Duration.ofSeconds(5));
    }

    /**
     * Blocks until the server has stopped (for a {@code main} that runs until Ctrl+C).
     *
     * @throws InterruptedException when the waiting thread is interrupted
     */
    public void await() throws InterruptedException {
        stopped.await();
    }

    /** @return the port: the bound one once started (an ephemeral one for port 0), else the configured one */
    public synchronized int port() {
        return server != null ? server.getAddress().getPort() : requestedPort;
    }

    /** @return the base URL, e.g. {@code http://localhost:8080/} */
    public URI url() {
        boolean local = host == null || "0.0.0.0".equals(host) || "::".equals(host) || "localhost".equals(host);
        String name = local ? "localhost" : (host.indexOf(':') >= 0 ? "[" + host + "]" : host);
        return URI.create("http://" + name + ":" + port() + "/");
    }

    /** @return the exchanges holding a thread now (tests) */
    int activeExchanges() {
        return active.count();
    }

    /** @return the event source whose events the server produces */
    public EventSource source() {
        return source;
    }

    /** @return the application */
    public Resolver resolver() {
        return resolver;
    }

    @Override
    public String toString() {
        return "LocalServer[" + url() + ", source " + source.id() + "]";
    }

    /** Configures a {@link LocalServer}; {@link #build()} checks the choice of event source. */
    public static final class Builder {
        private final Resolver resolver;
        private int port = 8080;
        private String host;
        private String sourceId;
        private int threads = Math.max(4, 2 * Runtime.getRuntime().availableProcessors());
        private int maxConnections = 512;
        private boolean virtualThreads = true;
        private Duration requestTimeout = Duration.ofSeconds(30);
        private Duration responseTimeout = Duration.ofSeconds(60);
        private Duration idleTimeout = Duration.ofSeconds(30);
        private int maxRequestBytes = 6 * 1024 * 1024;

        private Builder(Resolver resolver) {
            this.resolver = java.util.Objects.requireNonNull(resolver, "resolver");
        }

        /**
         * @param port the TCP port; 0 for any free port (see {@link LocalServer#port()}); default 8080
         * @return this builder
         */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("A port is between 0 and 65535, not " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * @param host the address to listen on: default the loopback interface (only this machine);
         *     {@code "0.0.0.0"} for every interface, as a container needs
         * @return this builder
         */
        public Builder host(String host) {
            this.host = host;
            return this;
        }

        /**
         * Chooses the event source whose events the server produces, by id ({@code apigw-rest},
         * {@code apigw-http}, {@code function-url}, {@code alb}, {@code vpc-lattice},
         * {@code vpc-lattice-v2}). It must be one of the application's {@link Resolver#sources()}.
         * Default: {@code apigw-rest} when the application has it, else its first source.
         *
         * @param id the source id
         * @return this builder
         */
        public Builder source(String id) {
            this.sourceId = java.util.Objects.requireNonNull(id, "id");
            return this;
        }

        /**
         * @param threads the platform threads kept alive when idle, on a JVM without virtual threads
         *     (Java 17) or with {@link #virtualThreads(boolean) virtualThreads(false)}; the pool grows
         *     beyond them to one thread per active connection. Default twice the processors, at least 4
         * @return this builder
         */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be at least 1, not " + threads);
            }
            this.threads = threads;
            return this;
        }

        /**
         * @param max the most connections whose request is being read or answered at once (default
         *     512); a request beyond it is answered 503 with {@code Connection: close}. Idle kept-alive
         *     connections hold no thread and do not count (the JDK closes them after the idle timeout,
         *     and keeps at most 200)
         * @return this builder
         */
        public Builder maxConnections(int max) {
            if (max < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1, not " + max);
            }
            this.maxConnections = max;
            return this;
        }

        /**
         * @param virtual whether to run each connection on a virtual thread when the JVM has them
         *     (Java 21+; default {@code true}); {@code false}, or any Java 17, uses a platform-thread pool
         * @return this builder
         */
        public Builder virtualThreads(boolean virtual) {
            this.virtualThreads = virtual;
            return this;
        }

        /**
         * @param timeout how long a client may take to send a whole request, from its first byte to the
         *     end of the body (default 30 s; whole seconds); then its connection is closed. JVM-wide:
         *     see {@code docs/local-server.md}
         * @return this builder
         */
        public Builder requestTimeout(Duration timeout) {
            this.requestTimeout = positive(timeout, "requestTimeout");
            return this;
        }

        /**
         * @param timeout how long answering may take once the request is read, the application's work
         *     and a slow client reading the response included (default 60 s; whole seconds); then the
         *     connection is closed. JVM-wide: see {@code docs/local-server.md}
         * @return this builder
         */
        public Builder responseTimeout(Duration timeout) {
            this.responseTimeout = positive(timeout, "responseTimeout");
            return this;
        }

        /**
         * @param timeout how long a kept-alive connection, or a new one that sends nothing, may stay
         *     idle (default 30 s; whole seconds). JVM-wide: see {@code docs/local-server.md}
         * @return this builder
         */
        public Builder idleTimeout(Duration timeout) {
            this.idleTimeout = positive(timeout, "idleTimeout");
            return this;
        }

        private static Duration positive(Duration d, String what) {
            if (d == null || d.isNegative() || d.isZero()) {
                throw new IllegalArgumentException(what + " must be positive, not " + d);
            }
            return d;
        }

        /**
         * @param bytes the largest request body accepted (default 6 MB, Lambda's invocation payload
         *     limit); larger ones are answered 413
         * @return this builder
         */
        public Builder maxRequestBytes(int bytes) {
            if (bytes < 0) {
                throw new IllegalArgumentException("maxRequestBytes must not be negative");
            }
            this.maxRequestBytes = bytes;
            return this;
        }

        /**
         * @return the server, not started yet
         * @throws IllegalStateException when the chosen source is not one of the application's, cannot
         *     write events, or the application would decode its events with another source
         */
        public LocalServer build() {
            return new LocalServer(this, Events.choose(resolver, sourceId));
        }
    }
}
