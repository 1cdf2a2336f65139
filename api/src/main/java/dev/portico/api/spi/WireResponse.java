package dev.portico.api.spi;

import dev.portico.api.Headers;
import java.util.List;
import java.util.Objects;

/**
 * A response ready for an {@link EventSource} to encode: the body already serialized, base64 when
 * binary, the content type among the headers, cookies as {@code Set-Cookie} values.
 *
 * @param status the status code
 * @param headers the headers, {@code Content-Type} included, {@code Set-Cookie} excluded
 * @param cookies the {@code Set-Cookie} values, in order
 * @param body the body text (base64 when {@code base64Encoded}); empty when there is none, and
 *     {@code null} for {@code 204} and {@code 304} answers, which have no body (a source writes
 *     {@code "body":null} or leaves the key out)
 * @param base64Encoded whether the body is base64
 */
public record WireResponse(int status, Headers headers, List<String> cookies, String body, boolean base64Encoded) {

    /** Checks the parts. */
    public WireResponse {
        Objects.requireNonNull(headers, "headers");
        cookies = List.copyOf(cookies);
        body = body == null && !bodyless(status) ? "" : body;
    }

    /**
     * Whether answers with this status carry no body at all: {@code 204 No Content} and
     * {@code 304 Not Modified}.
     *
     * @param status the status code
     * @return whether the status has no body
     */
    public static boolean bodyless(int status) {
        return status == 204 || status == 304;
    }

    /**
     * The reason phrase of a status code, for sources that send a status line such as ALB's
     * {@code statusDescription} ({@code 200 OK}).
     *
     * @param status the status code
     * @return the reason phrase, or an empty string for codes without a registered one
     */
    public static String reasonPhrase(int status) {
        return switch (status) {
            case 100 -> "Continue";
            case 101 -> "Switching Protocols";
            case 200 -> "OK";
            case 201 -> "Created";
            case 202 -> "Accepted";
            case 203 -> "Non-Authoritative Information";
            case 204 -> "No Content";
            case 205 -> "Reset Content";
            case 206 -> "Partial Content";
            case 300 -> "Multiple Choices";
            case 301 -> "Moved Permanently";
            case 302 -> "Found";
            case 303 -> "See Other";
            case 304 -> "Not Modified";
            case 307 -> "Temporary Redirect";
            case 308 -> "Permanent Redirect";
            case 400 -> "Bad Request";
            case 401 -> "Unauthorized";
            case 402 -> "Payment Required";
            case 403 -> "Forbidden";
            case 404 -> "Not Found";
            case 405 -> "Method Not Allowed";
            case 406 -> "Not Acceptable";
            case 407 -> "Proxy Authentication Required";
            case 408 -> "Request Timeout";
            case 409 -> "Conflict";
            case 410 -> "Gone";
            case 411 -> "Length Required";
            case 412 -> "Precondition Failed";
            case 413 -> "Payload Too Large";
            case 414 -> "URI Too Long";
            case 415 -> "Unsupported Media Type";
            case 416 -> "Range Not Satisfiable";
            case 417 -> "Expectation Failed";
            case 422 -> "Unprocessable Entity";
            case 425 -> "Too Early";
            case 426 -> "Upgrade Required";
            case 428 -> "Precondition Required";
            case 429 -> "Too Many Requests";
            case 431 -> "Request Header Fields Too Large";
            case 451 -> "Unavailable For Legal Reasons";
            case 500 -> "Internal Server Error";
            case 501 -> "Not Implemented";
            case 502 -> "Bad Gateway";
            case 503 -> "Service Unavailable";
            case 504 -> "Gateway Timeout";
            case 505 -> "HTTP Version Not Supported";
            default -> "";
        };
    }

    /** @return {@code "200 OK"} style status line text, the code alone when it has no phrase */
    public String statusLine() {
        String phrase = reasonPhrase(status);
        return phrase.isEmpty() ? Integer.toString(status) : status + " " + phrase;
    }
}
