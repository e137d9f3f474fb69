package dev.authlib.oauth1.signature;

import java.nio.charset.StandardCharsets;

/**
 * The {@code Authorization} header of §3.5.1 for one signer. Its constant text is prepared once, as Latin-1 bytes;
 * a request fills in only its nonce, timestamp, body hash and signature, in the order of
 * {@link ProtocolParameters#sent}.
 */
final class AuthorizationHeader {
    private static final byte[] BODY_HASH = ascii("oauth_body_hash=\"");
    private static final byte[] SIGNATURE = ascii("\", oauth_signature=\"");

    private final String beforeNonceText; // OAuth realm="...", oauth_consumer_key="...", oauth_nonce="
    private final byte[] beforeNonce; // the same as Latin-1; null for a realm beyond Latin-1 (not seen in practice)
    private final byte[] beforeTimestamp; // ", oauth_signature_method="...", oauth_timestamp="
    private final byte[] afterTimestamp; // ", oauth_version="1.0", oauth_token="..."

    AuthorizationHeader(String realm, ProtocolParameters protocol) {
        String[] p = protocol.sent("", "", null); // consumer key, nonce, method, timestamp, version, the rest
        StringBuilder sb = new StringBuilder("OAuth ");
        if (realm != null) {
            sb.append("realm=\"").append(quoted(realm)).append("\", ");
        }
        String before = sb.append(p[0]).append("=\"").append(p[1]).append("\", ").append(p[2]).append("=\"").toString();
        sb = new StringBuilder();
        for (int i = 8; i < p.length; i += 2) {
            sb.append("\", ").append(p[i]).append("=\"").append(p[i + 1]);
        }
        beforeNonceText = before;
        beforeNonce = isLatin1(before) ? before.getBytes(StandardCharsets.ISO_8859_1) : null;
        beforeTimestamp = ascii("\", " + p[4] + "=\"" + p[5] + "\", " + p[6] + "=\"");
        afterTimestamp = ascii(sb.toString());
    }

    private static boolean isLatin1(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 0xFF) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }

    /** Writes the header into {@code h} (empty) and returns it; the signature is percent-encoded on the way. */
    String build(AsciiBuffer h, String nonce, String timestamp, String encodedBodyHash, String signature) {
        if (beforeNonce != null) {
            h.append(beforeNonce);
        }
        h.appendAscii(nonce);
        h.append(beforeTimestamp);
        h.appendAscii(timestamp);
        h.append(afterTimestamp);
        if (encodedBodyHash != null) {
            h.appendAscii("\", ");
            h.append(BODY_HASH);
            h.appendAscii(encodedBodyHash);
        }
        h.append(SIGNATURE);
        PercentEncoding.appendEncoded(signature, h); // base64 or PLAINTEXT's encoded key: ASCII
        h.append((byte) '"');
        return beforeNonce != null ? h.toString() : beforeNonceText + h;
    }

    /** A quoted-string (RFC 7230 §3.2.6) body: backslash before {@code "} and {@code \}. */
    static String quoted(String value) {
        StringBuilder sb = new StringBuilder(value.length() + 4);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }
}
