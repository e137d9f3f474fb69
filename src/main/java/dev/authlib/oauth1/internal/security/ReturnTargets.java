package dev.authlib.oauth1.internal.security;

import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where a login returns to: the URL first asked for, as a path on this origin, never another origin. The target is
 * a path-absolute reference ({@code /app/page?q}, RFC 3986 §4.2), which a browser resolves against the origin it is
 * on; whatever could make it name an authority ({@code //host}, {@code /\host}, a scheme, control characters) is
 * refused.
 */
final class ReturnTargets {
    static final int MAX_LENGTH = 2048;

    private ReturnTargets() {}

    /** @return the request's own path and query, if they are a safe target; else null */
    static String of(HttpServletRequest request) {
        String query = request.getQueryString();
        return safe(query == null ? request.getRequestURI() : request.getRequestURI() + "?" + query);
    }

    /** @return {@code target} if it is a path on this origin that a browser cannot read as another; else null */
    static String safe(String target) {
        if (target == null || target.length() > MAX_LENGTH || !target.startsWith("/") || target.startsWith("//")) {
            return null;
        }
        for (int i = 0; i < target.length(); i++) {
            char c = target.charAt(i);
            if (c <= 0x20 || c >= 0x7F || c == '\\') {
                return null; // as sent, a request target is printable ASCII; browsers turn '\' into '/'
            }
        }
        try {
            URI uri = new URI(target);
            return uri.getScheme() == null && uri.getRawAuthority() == null ? target : null;
        } catch (URISyntaxException e) {
            return null;
        }
    }
}
