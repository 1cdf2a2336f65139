package dev.portico.core;

import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

/**
 * Captures the records of java.util.logging's {@code dev.portico} logger (the default System.Logger
 * backend) while open.
 */
public final class LogCapture implements AutoCloseable {
    private final List<LogRecord> records = new ArrayList<>();
    private final Logger logger = Logger.getLogger("dev.portico");
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord r) {
            records.add(r);
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogCapture() {
        logger.addHandler(handler);
    }

    /** @return a capture, started */
    public static LogCapture start() {
        return new LogCapture();
    }

    /** @return the records so far */
    public List<LogRecord> records() {
        return records;
    }

    /** @return the messages so far */
    public List<String> messages() {
        return records.stream().map(LogRecord::getMessage).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
    }
}
