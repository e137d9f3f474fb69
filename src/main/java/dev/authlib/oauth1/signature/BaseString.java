package dev.authlib.oauth1.signature;

import java.net.URI;

/**
 * The signature base string of §3.4.1.1: the HTTP method, the base string URI (§3.4.1.2) and the normalised
 * parameters (§3.4.1.3.2), each percent-encoded, joined by {@code &}; written as ASCII bytes, ready for the MAC.
 */
final class BaseString {
    private BaseString() {}

    /**
     * Appends the base string to {@code out}.
     *
     * @param httpMethod the method, upper case
     * @param params the request parameters, {@linkplain EncodedParameters#sort() sorted}
     */
    static AsciiBuffer append(AsciiBuffer out, String httpMethod, URI uri, EncodedParameters params) {
        PercentEncoding.appendEncoded(httpMethod, out); // a custom method may hold characters to encode
        out.append((byte) '&');
        BaseStringUri.appendEncoded(uri, out);
        out.append((byte) '&');
        params.appendNormalisedEncoded(out);
        return out;
    }
}
