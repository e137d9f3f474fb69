package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.ws.rs.core.MultivaluedMap;
import java.net.URI;
import java.util.Map;

/**
 * The library's own view of a client, for the built-in resources. A bean type of every client bean, so that a
 * container's client proxy implements it too. Not for applications.
 */
public interface ManagedOAuth1Client extends CloseableOAuth1Client {

    /** A completed login: the token credentials and the path the login asked to return to, if any. */
    record Completed(TokenCredentials credentials, String returnTo) {}

    /**
     * Fetches and stores temporary credentials.
     *
     * @param redirectUri the absolute callback URI, or {@code null} for the configured one
     * @param authorizeParameters extra parameters of the authorization URL
     * @param returnTo a validated path to return to after the login, or {@code null}
     * @return the provider's authorization URL
     */
    URI startLogin(URI redirectUri, Map<String, String> authorizeParameters, String returnTo);

    /**
     * Takes the pending login of the callback and exchanges its verifier.
     *
     * @param callbackParameters the callback's query parameters
     * @return the completed login
     */
    Completed completeLogin(MultivaluedMap<String, String> callbackParameters);

    /** @return the configured redirect URI, or {@code null} */
    URI configuredRedirectUri();

    /** @return the validated configuration (its kind tells whether it can log users in) */
    ClientConfig config();

}
