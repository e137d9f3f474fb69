package dev.authlib.oauth1.internal.web;

/**
 * Validates the {@code next} parameter of a login: only a path on this application's own origin is followed, never
 * another origin ({@code https://evil.example}, {@code //evil.example}, {@code /\evil.example}), never a control
 * character (header injection).
 */
final class ReturnPaths {
    static final int MAX_LENGTH = 2048;

    private ReturnPaths() {}

    /** @return the path if it is safe to redirect to, else {@code null} */
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
        for (int i = 0; i < next.length(); i++) {
            char c = next.charAt(i);
            if (c < 0x21 || c == 0x7F || c == '\\' || (c >= 0x80 && Character.isISOControl(c))) {
                return null; // controls (CR/LF), spaces and backslashes have no place in a return path
            }
        }
        String lower = next.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith("/%2f") || lower.startsWith("/%5c") || lower.contains("%0d") || lower.contains("%0a")
                || lower.contains("%00")) {
            return null; // encoded variants of the above
        }
        return next;
    }
}
