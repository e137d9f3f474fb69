package dev.authlib.oauth1.signature;

import java.net.URI;

/** Puts the protocol parameters where §3.5 says: the Authorization header, the query, or the form body. */
final class Placement {
    private Placement() {}

    static SignedRequest place(SignatureType type, String method, URI uri, String realmHeader, String[] oauth,
            int count, String encodedSignature, String encodedForm, String rawQuery, AsciiBuffer base,
            String signature) {
        switch (type) {
            case HEADER: {
                StringBuilder h = new StringBuilder(64 + count * 24 + encodedSignature.length());
                h.append("OAuth ");
                if (realmHeader != null) {
                    h.append(realmHeader);
                }
                for (int i = 0; i < count; i += 2) {
                    h.append(oauth[i]).append("=\"").append(oauth[i + 1]).append("\", ");
                }
                h.append("oauth_signature=\"").append(encodedSignature).append('"');
                return new SignedRequest(method, withoutFragment(uri), h.toString(), encodedForm, base, signature);
            }
            case QUERY: {
                StringBuilder q = new StringBuilder(rawQuery == null ? 256 : rawQuery.length() + 256);
                if (rawQuery != null && !rawQuery.isEmpty()) {
                    q.append(rawQuery).append('&');
                }
                appendPairs(q, oauth, count, encodedSignature);
                return new SignedRequest(method, withQuery(uri, q.toString()), null, encodedForm, base, signature);
            }
            default: {
                StringBuilder b = new StringBuilder((encodedForm == null ? 0 : encodedForm.length()) + 256);
                if (encodedForm != null && !encodedForm.isEmpty()) {
                    b.append(encodedForm).append('&');
                }
                appendPairs(b, oauth, count, encodedSignature);
                return new SignedRequest(method, withoutFragment(uri), null, b.toString(), base, signature);
            }
        }
    }

    private static void appendPairs(StringBuilder sb, String[] oauth, int count, String encodedSignature) {
        for (int i = 0; i < count; i += 2) {
            sb.append(oauth[i]).append('=').append(oauth[i + 1]).append('&');
        }
        sb.append("oauth_signature=").append(encodedSignature);
    }

    private static URI withoutFragment(URI uri) {
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
