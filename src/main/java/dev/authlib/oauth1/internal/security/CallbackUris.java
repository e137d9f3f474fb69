package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.client.ManagedOAuth1Client;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URI;
import java.net.URISyntaxException;

/**
 * Where the provider sends the browser back to: the client's {@code redirect-uri} when configured, else
 * {@code <context root>/oauth1/<client>/authorize} on the origin the request reached, the built-in login's rule
 * ({@code OAuth1Resource.login}, there from the JAX-RS base URI). The mechanism itself answers that path; no resource
 * is behind it.
 */
final class CallbackUris {
    private CallbackUris() {}

    /** @return the absolute callback URI for a login started by {@code request} */
    static URI callback(ManagedOAuth1Client client, HttpServletRequest request) {
        URI configured = client.configuredRedirectUri();
        if (configured != null) {
            return configured;
        }
        try {
            URI origin = new URI(request.getScheme(), null, request.getServerName(), port(request), null, null, null);
            return URI.create(origin + defaultPath(client, request));
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException("not a usable request origin: " + e.getReason(), e);
        }
    }

    /** @return whether {@code request} is the provider's callback (its path, as sent, is the callback's path) */
    static boolean isCallback(ManagedOAuth1Client client, HttpServletRequest request) {
        URI configured = client.configuredRedirectUri();
        String path = configured != null ? configured.getRawPath() : defaultPath(client, request);
        return path != null && path.equals(request.getRequestURI());
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
