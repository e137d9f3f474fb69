package dev.authlib.oauth1.internal.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * Validates the {@code next} parameter of a login, fully, before the login starts: only a path on this application's
 * own origin is followed, never another origin ({@code https://evil.example}, {@code //evil.example},
 * {@code /\evil.example}), never a control or separator character (header injection, spoofing). What it answers is
 * an RFC 3986 relative reference that {@link URI} parses as it is: ASCII outside RFC 3986's characters ({@code "},
 * {@code <}, {@code >}, {@code {}, {@code |}, {@code ^}, ...) and a malformed {@code %} make the value ignored;
 * other non-ASCII characters (letters, say) are percent-encoded as UTF-8.
 */
final class ReturnPaths {
    static final int MAX_LENGTH = 2048;
    /** RFC 3986 §3.3 pchar without pct-encoded, plus '/', '?' and '#' (§3.4, §3.5). */
    private static final String ALLOWED = "-._~!$&'()*+,;=:@/?#";

    private ReturnPaths() {}

    /** @return the path (encoded where needed) if it is safe to redirect to, else {@code null} */
    static String sanitise(String next) {
        if (next == null || next.isEmpty() || next.length() > MAX_LENGTH) {
            return null;
        }
        if (next.charAt(0) != '/') {
            return null; // absolute URLs, scheme-relative tricks without a slash, relative paths
        }
        if (next.length() > 1 && (next.charAt(1) == '/' || next.charAt(1) == '\\')) {
            return null; // "//host" and "/\host" are other origins to browsers
        }
        String lower = next.toLowerCase(Locale.ROOT);
        if (lower.startsWith("/%2f") || lower.startsWith("/%5c") || lower.contains("%0d") || lower.contains("%0a")
                || lower.contains("%00")) {
            return null; // encoded variants of the above
        }
        String encoded = encode(next);
        if (encoded == null || encoded.length() > MAX_LENGTH || encoded.indexOf('#') != encoded.lastIndexOf('#')) {
            return null;
        }
        try {
            URI uri = new URI(encoded);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? encoded : null;
        } catch (URISyntaxException e) {
            return null; // belt and braces: nothing the callback could not redirect to
        }
    }

    /** @return the value with non-ASCII code points percent-encoded, or null if it holds anything refused */
    private static String encode(String next) {
        StringBuilder out = null;
        for (int i = 0; i < next.length(); ) {
            int cp = next.codePointAt(i);
            int width = Character.charCount(cp);
            if (cp < 0x80) {
                if (!allowedAscii(next, i)) {
                    return null;
                }
                if (out != null) {
                    out.append((char) cp);
                }
            } else {
                if (!encodable(cp)) {
                    return null;
                }
                if (out == null) {
                    out = new StringBuilder(next.length() + 16).append(next, 0, i);
                }
                for (byte b : new String(Character.toChars(cp)).getBytes(StandardCharsets.UTF_8)) {
                    out.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                            .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
                }
            }
            i += width;
        }
        return out == null ? next : out.toString();
    }

    /** An unreserved or allowed delimiter, or a '%' starting two hex digits. */
    private static boolean allowedAscii(String s, int i) {
        char c = s.charAt(i);
        if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || ALLOWED.indexOf(c) >= 0) {
            return true;
        }
        return c == '%' && i + 2 < s.length() && Character.digit(s.charAt(i + 1), 16) >= 0
                && Character.digit(s.charAt(i + 2), 16) >= 0 && s.charAt(i + 1) < 0x80 && s.charAt(i + 2) < 0x80;
    }

    /** Letters, marks, symbols and the like; not controls, separators, format characters or lone surrogates. */
    private static boolean encodable(int cp) {
        if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
            return false; // a lone surrogate: no UTF-8 for it
        }
        switch (Character.getType(cp)) {
            case Character.CONTROL:
            case Character.FORMAT: // bidi overrides and other invisible characters
            case Character.SPACE_SEPARATOR:
            case Character.LINE_SEPARATOR:
            case Character.PARAGRAPH_SEPARATOR:
            case Character.PRIVATE_USE:
            case Character.SURROGATE:
            case Character.UNASSIGNED:
                return false;
            default:
                return true;
        }
    }
}
