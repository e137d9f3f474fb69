package dev.authlib.oauth1.internal.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Where the built-in login's {@code oauth_callback} may point when the client has no {@code redirect-uri}: never
 * simply where the request says it was sent. The request's base URI comes from its {@code Host} header, which the
 * requester chooses: a login started with {@code Host: evil.example} would have the provider send the victim's
 * verifier to evil.example. So the origin is the configured public URL, or the request's own when its host is listed
 * in the allowed hosts or is a loopback host (harmless: a callback to a victim's own machine reaches no attacker).
 * The path (context path and JAX-RS root) is always the request's: it does not come from the header.
 */
final class CallbackOrigin {
    private static final int SHOWN_MAX = 64;

    private CallbackOrigin() {}

    /**
     * @param requestBase the JAX-RS base URI of the login request
     * @param publicUrl the configured public origin, if any
     * @param allowedHosts the configured {@code host} and {@code host:port} entries, lower-case
     * @return the base URI to build the callback under, or empty if the request's origin cannot be trusted
     */
    static Optional<URI> trustedBase(URI requestBase, Optional<URI> publicUrl, List<String> allowedHosts) {
        if (publicUrl.isPresent()) {
            URI p = publicUrl.get();
            String path = requestBase.getRawPath() == null || requestBase.getRawPath().isEmpty() ? "/"
                    : requestBase.getRawPath();
            return Optional.of(URI.create(p.getScheme() + "://" + p.getRawAuthority() + path));
        }
        String host = requestBase.getHost();
        if (host == null) {
            return Optional.empty();
        }
        host = host.toLowerCase(Locale.ROOT);
        int port = requestBase.getPort() >= 0 ? requestBase.getPort()
                : "https".equalsIgnoreCase(requestBase.getScheme()) ? 443 : 80;
        if (isLoopback(host) || allowedHosts.contains(host) || allowedHosts.contains(host + ":" + port)) {
            return Optional.of(requestBase);
        }
        return Optional.empty();
    }

    /** {@code localhost} and its subdomains, 127.0.0.0/8, {@code [::1]}. */
    static boolean isLoopback(String host) {
        if (host.equals("localhost") || host.endsWith(".localhost") || host.equals("[::1]")) {
            return true;
        }
        String[] octets = host.split("\\.", -1);
        if (octets.length != 4 || !octets[0].equals("127")) {
            return false;
        }
        for (String o : octets) {
            if (o.isEmpty() || o.length() > 3 || !o.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(o) > 255) {
                return false;
            }
        }
        return true;
    }

    /** The request's authority as a page or log may show it: letters, digits, {@code .-:[]} only, bounded. */
    static String shown(URI requestBase) {
        String authority = requestBase.getRawAuthority() == null ? "" : requestBase.getRawAuthority();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < authority.length() && sb.length() < SHOWN_MAX; i++) {
            char c = authority.charAt(i);
            boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                    || ".-:[]".indexOf(c) >= 0;
            sb.append(plain ? c : '?');
        }
        return authority.length() > SHOWN_MAX ? sb + "..." : sb.toString();
    }
}
