package dev.authlib.oauth1.signature;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/**
 * Percent-encoding as RFC 5849 §3.6 requires: the text is UTF-8 encoded, the unreserved characters of RFC 3986
 * §2.3 ({@code ALPHA / DIGIT / "-" / "." / "_" / "~"}) are kept, every other octet becomes {@code %XX} with
 * upper-case hexadecimal digits. A space is {@code %20}, never {@code +}.
 *
 * <p>Decoding follows the {@code application/x-www-form-urlencoded} rules that §3.4.1.3.1 applies to the query
 * and the form body: {@code +} is a space and {@code %XX} octets are read as UTF-8.
 */
public final class PercentEncoding {

    private static final boolean[] UNRESERVED = new boolean[256]; // indexed by char < 128 or by octet
    private static final byte[] HEX = "0123456789ABCDEF".getBytes(StandardCharsets.US_ASCII);

    static {
        for (char c = 'A'; c <= 'Z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = 'a'; c <= 'z'; c++) {
            UNRESERVED[c] = true;
        }
        for (char c = '0'; c <= '9'; c++) {
            UNRESERVED[c] = true;
        }
        UNRESERVED['-'] = true;
        UNRESERVED['.'] = true;
        UNRESERVED['_'] = true;
        UNRESERVED['~'] = true;
    }

    private PercentEncoding() {}

    /**
     * Encodes a text per RFC 5849 §3.6.
     *
     * @param text the text; {@code null} is treated as empty
     * @return the encoded text (the same instance when nothing needed encoding)
     */
    public static String encode(String text) {
        if (text == null) {
            return "";
        }
        if (isUnreserved(text)) {
            return text;
        }
        AsciiBuffer out = new AsciiBuffer(text.length() * 3);
        appendEncoded(text, out);
        return out.toString();
    }

    /**
     * Decodes a component of a query or of a form body: {@code +} is a space, {@code %XX} octets are UTF-8.
     *
     * @param text the encoded component
     * @return the decoded text
     * @throws IllegalArgumentException if a {@code %} is not followed by two hexadecimal digits
     */
    public static String decodeFormComponent(String text) {
        int n = text.length();
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (c == '%' || c == '+') {
                break;
            }
            i++;
        }
        if (i == n) {
            return text;
        }
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(n);
        StringBuilder sb = new StringBuilder(n);
        sb.append(text, 0, i);
        while (i < n) {
            char c = text.charAt(i);
            if (c == '%') {
                bytes.reset();
                while (i < n && text.charAt(i) == '%') {
                    if (i + 2 >= n) {
                        throw malformed();
                    }
                    int hi = hexDigit(text.charAt(i + 1));
                    int lo = hexDigit(text.charAt(i + 2));
                    if (hi < 0 || lo < 0) {
                        throw malformed();
                    }
                    bytes.write((hi << 4) | lo);
                    i += 3;
                }
                sb.append(new String(bytes.toByteArray(), StandardCharsets.UTF_8));
            } else {
                sb.append(c == '+' ? ' ' : c);
                i++;
            }
        }
        return sb.toString();
    }

    /** The value of an ASCII hexadecimal digit, or -1; unlike {@link Character#digit}, no other script's digits. */
    static int hexDigit(char c) {
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        return -1;
    }

    private static IllegalArgumentException malformed() {
        return new IllegalArgumentException("malformed percent-encoding: '%' must be followed by two hex digits");
    }

    static boolean isUnreserved(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 128 || !UNRESERVED[c]) {
                return false;
            }
        }
        return true;
    }

    static boolean isUnreserved(char c) {
        return c < 128 && UNRESERVED[c];
    }

    /** Appends {@code text} percent-encoded per §3.6. */
    static void appendEncoded(String text, AsciiBuffer out) {
        int n = text.length();
        byte[] b = out.reserve(n * 3); // enough for ASCII; each non-ASCII character reserves its own room below
        int at = out.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c < 128) {
                if (UNRESERVED[c]) {
                    b[at++] = (byte) c;
                } else {
                    at = octet(b, at, c);
                }
                continue;
            }
            out.setLength(at);
            b = out.reserve(12 + (n - i) * 3);
            if (c < 0x800) {
                at = octet(b, at, 0xC0 | (c >> 6));
                at = octet(b, at, 0x80 | (c & 0x3F));
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(text.charAt(i + 1))) {
                int cp = Character.toCodePoint(c, text.charAt(++i));
                at = octet(b, at, 0xF0 | (cp >> 18));
                at = octet(b, at, 0x80 | ((cp >> 12) & 0x3F));
                at = octet(b, at, 0x80 | ((cp >> 6) & 0x3F));
                at = octet(b, at, 0x80 | (cp & 0x3F));
            } else {
                int cp = Character.isSurrogate(c) ? 0xFFFD : c; // a lone surrogate has no UTF-8 form: U+FFFD
                at = octet(b, at, 0xE0 | (cp >> 12));
                at = octet(b, at, 0x80 | ((cp >> 6) & 0x3F));
                at = octet(b, at, 0x80 | (cp & 0x3F));
            }
        }
        out.setLength(at);
    }

    /** Writes {@code %XX} for one octet at {@code at}; returns the position after it. */
    static int octet(byte[] b, int at, int octet) {
        b[at] = '%';
        b[at + 1] = HEX[(octet >> 4) & 0xF];
        b[at + 2] = HEX[octet & 0xF];
        return at + 3;
    }

    /**
     * Writes an encoded {@code name=value} pair, the bytes {@code src[from, to)}, encoded once more as the base
     * string holds it (§3.4.1.1) into {@code dst} from {@code at}, which has room for three times as many bytes.
     * Encoded text holds only unreserved characters and {@code %XX}, so only the {@code %} (to {@code %25}) and the
     * pair's {@code =} (to {@code %3D}) change.
     *
     * @return the position after the last byte written
     */
    static int reencodePair(byte[] src, int from, int to, byte[] dst, int at) {
        for (int i = from; i < to; i++) {
            byte c = src[i];
            dst[at++] = c;
            if (c == '%') {
                dst[at++] = '2';
                dst[at++] = '5';
            } else if (c == '=') {
                dst[at - 1] = '%';
                dst[at++] = '3';
                dst[at++] = 'D';
            }
        }
        return at;
    }
}
