package dev.authlib.oauth1.signature;

import java.net.URI;
import java.util.function.Supplier;

/**
 * Puts the protocol parameters in the query (§3.5.3) or the form body (§3.5.2); the {@code Authorization} header
 * (§3.5.1) is {@link AuthorizationHeader}'s.
 */
final class Placement {
    private Placement() {}

    /** The request with the protocol parameters appended to its query. */
    static SignedRequest inQuery(String method, URI uri, String[] sent, String signature, String formBody,
            Supplier<String> baseString) {
        String rawQuery = uri.getRawQuery();
        StringBuilder q = new StringBuilder(rawQuery == null ? 256 : rawQuery.length() + 256);
        if (rawQuery != null && !rawQuery.isEmpty()) {
            q.append(rawQuery).append('&');
        }
        appendPairs(q, sent, signature);
        return new SignedRequest(method, withQuery(uri, q.toString()), null, formBody, baseString, signature);
    }

    /** The request with the protocol parameters appended to its form body (or as its body when it has none). */
    static SignedRequest inBody(String method, URI uri, String[] sent, String signature, String formBody,
            Supplier<String> baseString) {
        StringBuilder b = new StringBuilder((formBody == null ? 0 : formBody.length()) + 256);
        if (formBody != null && !formBody.isEmpty()) {
            b.append(formBody).append('&');
        }
        appendPairs(b, sent, signature);
        return new SignedRequest(method, withoutFragment(uri), null, b.toString(), baseString, signature);
    }

    private static void appendPairs(StringBuilder sb, String[] sent, String signature) {
        for (int i = 0; i < sent.length; i += 2) {
            sb.append(sent[i]).append('=').append(sent[i + 1]).append('&');
        }
        sb.append("oauth_signature=").append(PercentEncoding.encode(signature));
    }

    /** The URI to send to: the request URI without its fragment, which is never sent. */
    static URI withoutFragment(URI uri) {
        return uri.getRawFragment() == null ? uri : withQuery(uri, uri.getRawQuery());
    }

    private static URI withQuery(URI uri, String rawQuery) {
        StringBuilder sb = new StringBuilder(128);
        sb.append(uri.getScheme()).append("://").append(uri.getRawAuthority());
        if (uri.getRawPath() != null) {
            sb.append(uri.getRawPath());
        }
        if (rawQuery != null) {
            sb.append('?').append(rawQuery);
        }
        return URI.create(sb.toString());
    }
}
