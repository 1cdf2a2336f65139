package dev.portico.core.internal;

/**
 * Portico's logger, created on first use: looking a {@link System.Logger} up initialises the JDK's
 * logging backend, which a cold start should not pay for when nothing is logged.
 */
final class Log {
    private Log() {
    }

    private static final class Holder {
        static final System.Logger LOGGER = System.getLogger("dev.portico");
    }

    static System.Logger get() {
        return Holder.LOGGER;
    }

    /**
     * Client-controlled text (paths, ids) made safe for one log line: CR, LF and other control
     * characters become {@code ?}, so a request cannot forge log entries.
     *
     * @param text the text, possibly {@code null}
     * @return the text without control characters
     */
    static String safe(String text) {
        if (text == null) {
            return null;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isISOControl(text.charAt(i))) {
                StringBuilder sb = new StringBuilder(text.length());
                for (int j = 0; j < text.length(); j++) {
                    char c = text.charAt(j);
                    sb.append(Character.isISOControl(c) ? '?' : c);
                }
                return sb.toString();
            }
        }
        return text;
    }
}
