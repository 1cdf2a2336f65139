package dev.portico.server;

/**
 * Thrown by {@link LocalServer#start()} when the port is taken by another process (or another
 * server in this one). The message says how to pick another port.
 */
public final class PortInUseException extends IllegalStateException {
    private static final long serialVersionUID = 1L;
    private final int port;

    /**
     * @param port the port that could not be bound
     * @param cause the bind failure
     */
    public PortInUseException(int port, Throwable cause) {
        super("Port " + port + " is already in use; pass another port, e.g. LocalServer.builder(app).port("
                + (port == 65535 ? 8080 : port + 1) + "), or port(0) for any free port", cause);
        this.port = port;
    }

    /** @return the port that could not be bound */
    public int port() {
        return port;
    }
}
