package dev.authlib.oauth1.signature;

/** Where the protocol parameters travel (RFC 5849 §3.5). */
public enum SignatureType {
    /** In the {@code Authorization: OAuth ...} header (§3.5.1); the default and the recommended placement. */
    HEADER,
    /** Appended to the request URI's query (§3.5.3). */
    QUERY,
    /**
     * Added to an {@code application/x-www-form-urlencoded} entity-body (§3.5.2); a request whose body is not
     * form-encoded cannot use it.
     */
    BODY
}
