package dev.portico.api;

/** Content types that Portico sets by itself. */
public final class ContentTypes {
    public static final String JSON = "application/json";
    public static final String TEXT_PLAIN = "text/plain";
    /** What {@code String} handler results are sent as. */
    public static final String TEXT_PLAIN_UTF8 = "text/plain; charset=utf-8";
    public static final String TEXT_HTML = "text/html";
    public static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypes() {
    }
}
