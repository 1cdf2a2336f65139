package dev.portico.core.server;

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
import java.util.concurrent.ThreadPoolExecutor;
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
 * <p>One application instance answers concurrent requests on a bounded pool of worker threads.
 * {@link #stop(Duration)} is graceful: requests in flight finish (up to the grace period) while new
 * ones are answered 503. With {@link Resolver#debug()} on, every request is logged (at {@code INFO};
 * otherwise at {@code DEBUG}) on the {@link System.Logger} {@code dev.portico.server}.
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
    private final int queue;
    private final int maxBody;
    private final Level requestLevel;
    private final InFlight inFlight = new InFlight();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopping;
    private HttpServer server;
    private ThreadPoolExecutor pool;

    LocalServer(Builder b, EventSource source) {
        this.resolver = b.resolver;
        this.source = source;
        this.host = b.host;
        this.requestedPort = b.port;
        this.threads = b.threads;
        this.queue = b.queue;
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
            noDelay();
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
        pool = Workers.pool(threads, queue);
        s.setExecutor(task -> inFlight.run(task, pool));
        s.createContext("/", new ExchangeHandler(resolver, source, maxBody, requestLevel, () -> stopping));
        s.start();
        server = s;
        LOG.log(Level.INFO, "Portico local server listening on {0} ({1} events, {2} threads)", url(), source.id(),
                String.valueOf(threads));
        return this;
    }

    /**
     * Turns Nagle's algorithm off for the JDK server's connections (it writes headers and body
     * separately, and each small response would otherwise wait for a delayed ACK, about 40 ms), unless
     * the application set {@code sun.net.httpserver.nodelay} itself. The JDK reads it once, when its
     * first server is created.
     */
    private static void noDelay() {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    /**
     * Stops gracefully: new requests are answered 503 with {@code Connection: close} while the requests
     * in flight finish, for up to {@code grace}; then the port is released and the remaining connections
     * are closed. Does nothing when the server is not running.
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
        private int queue = 1024;
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
         * @param threads the worker threads answering requests concurrently; default twice the
         *     processors, at least 4
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
         * @param queue how many accepted requests may wait for a worker (default 1024); beyond that the
         *     accepting thread answers them itself, slowing down new connections
         * @return this builder
         */
        public Builder queue(int queue) {
            if (queue < 1) {
                throw new IllegalArgumentException("queue must be at least 1, not " + queue);
            }
            this.queue = queue;
            return this;
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
