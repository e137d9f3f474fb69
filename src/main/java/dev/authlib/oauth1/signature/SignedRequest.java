package dev.authlib.oauth1.signature;

import java.net.URI;
import java.util.function.Supplier;

/**
 * The result of {@link OAuth1Signer#sign}: what to send. Immutable.
 *
 * <p>For {@link SignatureType#HEADER} send {@link #authorizationHeader()} as the {@code Authorization} header; for
 * {@link SignatureType#QUERY} send to {@link #uri()}, which carries the protocol parameters; for
 * {@link SignatureType#BODY} send {@link #formBody()} as the {@code application/x-www-form-urlencoded} body.
 */
public final class SignedRequest {
    private final String method;
    private final URI uri;
    private final String authorizationHeader;
    private final String formBody;
    private final Supplier<String> base;
    private final String signature;

    SignedRequest(String method, URI uri, String authorizationHeader, String formBody, Supplier<String> base,
            String signature) {
        this.method = method;
        this.uri = uri;
        this.authorizationHeader = authorizationHeader;
        this.formBody = formBody;
        this.base = base;
        this.signature = signature;
    }

    /** @return the HTTP method, upper case */
    public String method() {
        return method;
    }

    /** @return the URI to send to: the request URI, plus the protocol parameters in the query for QUERY */
    public URI uri() {
        return uri;
    }

    /** @return the {@code Authorization} header value ({@code OAuth ...}), or {@code null} unless HEADER */
    public String authorizationHeader() {
        return authorizationHeader;
    }

    /**
     * The encoded {@code application/x-www-form-urlencoded} body to send: the form parameters, plus the protocol
     * parameters for BODY.
     *
     * @return the body, or {@code null} when the request has none
     */
    public String formBody() {
        return formBody;
    }

    /** @return the signature base string (§3.4.1.1) that was signed; rebuilt on each call (diagnostics) */
    public String baseString() {
        return base.get();
    }

    /** @return the {@code oauth_signature} value, before percent-encoding */
    public String signature() {
        return signature;
    }

    /** Names the method and the URI without its query; never the signature or a credential. */
    @Override
    public String toString() {
        return "SignedRequest[" + method + " " + BaseStringUri.safe(uri) + "]";
    }
}
