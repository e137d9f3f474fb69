package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import dev.authlib.oauth1.internal.web.WebSettings;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;

/**
 * Where the provider sends the browser back to: the client's {@code redirect-uri} when configured, else
 * {@code <context root>/oauth1/<client>/authorize} under the origin the built-in login would trust
 * ({@link WebSettings#callbackBase}: {@code authlib.oauth.web.public-url}, or the request's own host when it is
 * listed in {@code allowed-hosts} or is loopback; never an unchecked {@code Host} header, which would let an
 * attacker's login receive a victim's verifier). The mechanism itself answers that path; no resource is behind it.
 */
final class CallbackUris {
    private CallbackUris() {}

    /** @return whether the client has a configured callback (the mechanism then owns that URL's path) */
    static boolean configured(ManagedOAuth1Client client) {
        return client.configuredRedirectUri() != null;
    }

    /** @return the absolute callback URI for a login started by {@code request}, or empty if its origin is untrusted */
    static Optional<URI> callback(ManagedOAuth1Client client, HttpServletRequest request, WebSettings web) {
        if (configured(client)) {
            return Optional.of(client.configuredRedirectUri());
        }
        return web.callbackBase(requestBase(request))
                .map(base -> URI.create(base + "oauth1/" + client.name() + "/authorize"));
    }

    /** @return whether {@code request} is the provider's callback (its path, as sent, is the callback's path) */
    static boolean isCallback(ManagedOAuth1Client client, HttpServletRequest request) {
        String path = configured(client) ? client.configuredRedirectUri().getRawPath() : defaultPath(client, request);
        return path != null && path.equals(request.getRequestURI());
    }

    /** The request's origin and context root, as the request names them ({@code Host} included). */
    static URI requestBase(HttpServletRequest request) {
        try {
            URI origin = new URI(request.getScheme(), null, request.getServerName(), port(request), null, null, null);
            return URI.create(origin + request.getContextPath() + "/");
        } catch (URISyntaxException | IllegalArgumentException e) {
            return URI.create("http://invalid.invalid/"); // no usable origin: never trusted (not loopback, not listed)
        }
    }

    private static String defaultPath(ManagedOAuth1Client client, HttpServletRequest request) {
        return request.getContextPath() + "/oauth1/" + client.name() + "/authorize";
    }

    private static int port(HttpServletRequest request) {
        int port = request.getServerPort();
        boolean standard = ("http".equalsIgnoreCase(request.getScheme()) && port == 80)
                || ("https".equalsIgnoreCase(request.getScheme()) && port == 443);
        return standard ? -1 : port;
    }
}
