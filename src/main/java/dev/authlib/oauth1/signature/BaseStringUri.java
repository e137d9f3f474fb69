package dev.authlib.oauth1.signature;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/** The base string URI of RFC 5849 §3.4.1.2. */
final class BaseStringUri {
    private BaseStringUri() {}

    /**
     * Scheme and host in lower case, the port only when it is not the scheme's default, the path as sent
     * ({@code /} when empty); no query, no fragment.
     */
    static String of(URI uri) {
        String scheme = uri.getScheme();
        String host = uri.getHost();
        int port = uri.getPort();
        if (host == null && uri.getRawAuthority() != null) {
            // a registry-based authority: java.net.URI finds no host in names such as "a_b.example.com"
            String authority = uri.getRawAuthority();
            authority = authority.substring(authority.lastIndexOf('@') + 1);
            int colon = authority.lastIndexOf(':');
            if (colon > 0 && authority.indexOf(']') < colon) {
                try {
                    port = Integer.parseInt(authority.substring(colon + 1));
                } catch (NumberFormatException e) {
                    throw new IllegalArgumentException("request URI has an invalid port: " + safe(uri));
                }
                authority = authority.substring(0, colon);
            }
            host = authority.isEmpty() ? null : authority;
        }
        if (scheme == null || host == null) {
            throw new IllegalArgumentException("request URI must be absolute with a host: " + safe(uri));
        }
        scheme = scheme.toLowerCase(Locale.ROOT);
        boolean defaultPort = port == -1 || ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        String path = uri.getRawPath();
        if (path == null || path.isEmpty()) {
            path = "/";
        } else {
            path = asciiPath(path);
        }
        StringBuilder sb = new StringBuilder(scheme.length() + host.length() + path.length() + 10);
        sb.append(scheme).append("://").append(host.toLowerCase(Locale.ROOT));
        if (!defaultPort) {
            sb.append(':').append(port);
        }
        return sb.append(path).toString();
    }

    /**
     * Appends {@link #of} percent-encoded (§3.4.1.1), in one pass over the scheme, host and path when they are
     * ASCII (always, but for a path with raw non-ASCII characters).
     */
    static void appendEncoded(URI uri, AsciiBuffer out) {
        String scheme = uri.getScheme();
        String host = uri.getHost();
        String path = uri.getRawPath();
        int start = out.length();
        if (scheme != null && host != null && path != null && !path.isEmpty()) {
            int port = uri.getPort();
            byte[] b = out.reserve(3 * (scheme.length() + host.length() + path.length()) + 24);
            int at = encodeAscii(scheme, true, b, start);
            if (at >= 0) {
                b[at++] = '%';
                b[at++] = '3';
                b[at++] = 'A';
                at = encodeAscii("//", false, b, at);
                at = encodeAscii(host, true, b, at);
            }
            if (at >= 0 && !isDefaultPort(scheme, port)) {
                at = encodeAscii(":" + port, false, b, at);
            }
            if (at >= 0) {
                at = encodeAscii(path, false, b, at);
            }
            if (at >= 0) {
                out.setLength(at);
                return;
            }
        }
        out.setLength(start);
        PercentEncoding.appendEncoded(of(uri), out);
    }

    private static boolean isDefaultPort(String scheme, int port) {
        return port == -1 || (port == 80 && "http".equalsIgnoreCase(scheme))
                || (port == 443 && "https".equalsIgnoreCase(scheme));
    }

    /** Writes {@code s} percent-encoded, optionally in lower case; -1 if it is not ASCII. */
    private static int encodeAscii(String s, boolean lowerCase, byte[] b, int at) {
        for (int i = 0, n = s.length(); i < n; i++) {
            char c = s.charAt(i);
            if (c >= 128) {
                return -1;
            }
            if (lowerCase && c >= 'A' && c <= 'Z') {
                c += 'a' - 'A';
            }
            at = PercentEncoding.isUnreserved(c) ? put(b, at, c) : PercentEncoding.octet(b, at, c);
        }
        return at;
    }

    private static int put(byte[] b, int at, char c) {
        b[at] = (byte) c;
        return at + 1;
    }

    /** A raw path may hold non-ASCII characters (java.net.URI keeps them as given): encode them as UTF-8 octets. */
    private static String asciiPath(String path) {
        int i = 0;
        int n = path.length();
        while (i < n && path.charAt(i) < 128) {
            i++;
        }
        if (i == n) {
            return path;
        }
        StringBuilder sb = new StringBuilder(n + 16).append(path, 0, i);
        for (; i < n; i++) {
            char c = path.charAt(i);
            if (c < 128) {
                sb.append(c);
                continue;
            }
            int end = i + (Character.isHighSurrogate(c) && i + 1 < n ? 2 : 1);
            for (byte b : path.substring(i, end).getBytes(StandardCharsets.UTF_8)) {
                sb.append('%').append(Character.toUpperCase(Character.forDigit((b >> 4) & 0xF, 16)))
                        .append(Character.toUpperCase(Character.forDigit(b & 0xF, 16)));
            }
            i = end - 1;
        }
        return sb.toString();
    }

    /** The URI without its query and user-info, which can carry secrets. */
    static String safe(URI uri) {
        if (uri == null) {
            return "null";
        }
        String s = uri.getScheme() == null ? "" : uri.getScheme() + "://";
        return s + (uri.getHost() == null ? "" : uri.getHost()) + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
