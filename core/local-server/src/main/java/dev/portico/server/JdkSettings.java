package dev.portico.server;

import java.lang.System.Logger.Level;
import java.time.Duration;

/**
 * The JDK server's timeouts. {@code com.sun.net.httpserver} reads them from system properties once,
 * when the first server of the JVM is created ({@code sun.net.httpserver.ServerConfig}, honoured on
 * Java 17.0.15 and 25 alike), so they hold for every server of the JVM: the first server to start
 * sets them unless they are set already (on the command line), and a later server asking for other
 * values gets a warning.
 */
final class JdkSettings {
    static final String REQUEST = "sun.net.httpserver.maxReqTime";
    static final String RESPONSE = "sun.net.httpserver.maxRspTime";
    static final String IDLE = "sun.net.httpserver.idleInterval";
    static final String CLOCK_TICK = "sun.net.httpserver.clockTick";

    private JdkSettings() {
    }

    /**
     * Sets the properties not set yet; warns about those set to another value.
     *
     * @param request the request timeout
     * @param response the response timeout
     * @param idle the idle timeout
     */
    static synchronized void apply(Duration request, Duration response, Duration idle) {
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            // The JDK writes headers and body separately; with Nagle's algorithm each small response
            // would wait for a delayed ACK (about 40 ms).
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
        if (System.getProperty(CLOCK_TICK) == null) {
            // The JDK checks idle connections every 10 s by default; every second keeps the idle
            // timeout within a second of its setting, as the request and response timeouts are.
            System.setProperty(CLOCK_TICK, "1000");
        }
        set(REQUEST, request);
        set(RESPONSE, response);
        set(IDLE, idle);
    }

    /** @return a duration in whole seconds, at least 1 (the JDK's unit) */
    static long seconds(Duration d) {
        return Math.max(1, (d.toMillis() + 999) / 1000);
    }

    private static void set(String property, Duration value) {
        String wanted = String.valueOf(seconds(value));
        String current = System.getProperty(property);
        if (current == null) {
            System.setProperty(property, wanted);
        } else if (!current.equals(wanted)) {
            LocalServer.LOG.log(Level.WARNING, "{0} is already {1} s in this JVM (set on the command line or by "
                    + "the first local server); the JDK server reads it once, so {2} s is not applied", property,
                    current, wanted);
        }
    }
}
