package dev.portico.api;

/** Content types that Portico sets by itself. */
public final class ContentTypes {
    public static final String JSON = "application/json";
    public static final String TEXT_PLAIN = "text/plain";
    public static final String TEXT_HTML = "text/html";
    public static final String OCTET_STREAM = "application/octet-stream";

    private ContentTypes() {
    }
}
