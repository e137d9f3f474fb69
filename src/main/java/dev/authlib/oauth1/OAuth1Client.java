package dev.authlib.oauth1;

import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.Map;

/**
 * An OAuth 1.0a client of one configured provider: the three legs of RFC 5849 §2 and signed API calls. The Java
 * counterpart of Authlib's framework client ({@code oauth.register(...)}).
 *
 * <p>Inject it by the name under which it is configured ({@code authlib.oauth.clients.<name>.*}):
 *
 * <pre>{@code
 * @Inject @Named("twitter") OAuth1Client twitter;
 * }</pre>
 *
 * <p>Thread-safe; one instance per provider, with one JAX-RS {@code Client} whose connections are reused. Every
 * request is signed when it is sent, with a fresh nonce. Methods throw {@link OAuth1ProviderException} when the
 * provider rejects a token request and {@link OAuth1TransportException} when it cannot be reached in time.
 */
public interface OAuth1Client {

    /**
     * The request property that gives one request of a {@link #signingFeature()} client its token credentials (a
     * {@link TokenCredentials}): {@code target.request().property(OAuth1Client.TOKEN_PROPERTY, token)}.
     */
    String TOKEN_PROPERTY = "dev.authlib.oauth1.token";

    /** @return the configured name of this client, as in {@code @Named} */
    String name();

    // --- the login, as Authlib's framework client does it ---

    /**
     * Starts a login: fetches temporary credentials with {@code oauth_callback=redirectUri}, keeps them in the
     * {@link TemporaryCredentialStore} (the user's session by default), and answers {@code 303 See Other} to the
     * provider's authorization page. Authlib: {@code authorize_redirect}.
     *
     * @param redirectUri the absolute callback URI, or {@code null} for the configured {@code redirect-uri}
     * @return the redirect response
     */
    Response authorizeRedirect(URI redirectUri);

    /**
     * {@link #authorizeRedirect(URI)} with extra query parameters on the authorization URL (Flickr's {@code perms},
     * Trello's {@code scope} and {@code expiration}, ...), added to the configured {@code authorize-params}.
     *
     * @param redirectUri the absolute callback URI, or {@code null} for the configured {@code redirect-uri}
     * @param authorizeParameters extra parameters of the authorization URL
     * @return the redirect response
     */
    Response authorizeRedirect(URI redirectUri, Map<String, String> authorizeParameters);

    /**
     * Completes a login from the provider's callback: takes (once) the pending temporary credentials of this
     * session whose token is the callback's {@code oauth_token}, and exchanges the {@code oauth_verifier} for token
     * credentials. Authlib: {@code authorize_access_token}.
     *
     * @param callback the callback request's URI information
     * @return the token credentials
     * @throws MismatchingStateException if no pending login of this session matches
     * @throws AccessDeniedException if the user refused
     * @throws OAuth1CallbackException if the callback lacks its parameters
     */
    TokenCredentials authorizeAccessToken(UriInfo callback);

    /**
     * {@link #authorizeAccessToken(UriInfo)} from the callback's query parameters.
     *
     * @param callbackParameters the decoded query parameters of the callback
     * @return the token credentials
     */
    TokenCredentials authorizeAccessToken(MultivaluedMap<String, String> callbackParameters);

    // --- the three legs, one by one ---

    /**
     * Fetches temporary credentials (§2.1) with the configured {@code request-token-params}.
     *
     * @param callback the {@code oauth_callback}: an absolute URI
     * @return the temporary credentials
     */
    TemporaryCredentials fetchTemporaryCredentials(URI callback);

    /**
     * Fetches temporary credentials (§2.1) with extra parameters (such as {@code x_auth_access_type} or
     * {@code scope}), signed and sent in the query, added to the configured {@code request-token-params}.
     *
     * @param callback the {@code oauth_callback}: an absolute URI
     * @param extraParameters extra parameters of the request
     * @return the temporary credentials
     */
    TemporaryCredentials fetchTemporaryCredentials(URI callback, Map<String, String> extraParameters);

    /**
     * The provider's authorization URL for these temporary credentials (§2.2), with the configured
     * {@code authorize-params} and the given extra parameters.
     *
     * @param temporaryCredentials the temporary credentials
     * @param extraParameters extra query parameters
     * @return the URL to send the user to
     */
    URI authorizationUri(TemporaryCredentials temporaryCredentials, Map<String, String> extraParameters);

    /**
     * Exchanges a verifier for token credentials (§2.3).
     *
     * @param temporaryCredentials the temporary credentials of this login
     * @param verifier the callback's {@code oauth_verifier}
     * @return the token credentials, with the provider's extra fields
     */
    TokenCredentials fetchTokenCredentials(TemporaryCredentials temporaryCredentials, String verifier);

    // --- signed API calls ---

    /**
     * A {@code WebTarget} whose requests are signed with these token credentials.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param token the token credentials, or {@code null} to sign with the client credentials only
     * @return the signed target
     */
    WebTarget target(String pathOrUri, TokenCredentials token);

    /**
     * A signed {@code WebTarget} for the current user's token, from the application's {@link OAuth1TokenResolver}.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @return the signed target
     * @throws OAuth1Exception if there is no resolver, or it has no token for the current user
     */
    WebTarget target(String pathOrUri);

    /**
     * Signs the requests of a JAX-RS client that the application builds itself, or of a MicroProfile
     * {@code RestClientBuilder}: {@code ClientBuilder.newClient().register(twitter.signingFeature())}. Every request
     * is signed by this client when it is sent, with a fresh nonce: with the token credentials of its
     * {@link #TOKEN_PROPERTY} property, else as {@link #target(String)} signs (the static token, the current user's
     * token from the {@link OAuth1TokenResolver}, or the client credentials alone). Form bodies are signed with their
     * parameters; other bodies carry {@code oauth_body_hash} where {@code body-hash} is configured.
     *
     * <p>The feature registers a request filter at priority {@code Priorities.USER + 1000} (after the application's
     * filters of default priority, which may still change the URI or the body), a writer interceptor for the body
     * hash, and the converter of {@link OAuth1Signed#TOKEN_HEADER} parameters. The JAX-RS client's own settings
     * (timeouts, redirects, connection pool) stay the application's. Typed REST clients need none of this: see
     * {@link OAuth1Signed}.
     *
     * @return the feature; one instance, which may be registered on any number of clients
     */
    Feature signingFeature();

    /**
     * A signed GET. Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param token the token credentials
     * @return the provider's response, whatever its status
     */
    default Response get(String pathOrUri, TokenCredentials token) {
        return target(pathOrUri, token).request().get();
    }

    /**
     * A signed POST; a {@code Form} entity's parameters are signed. Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param entity the body
     * @param token the token credentials
     * @return the provider's response, whatever its status
     */
    default Response post(String pathOrUri, Entity<?> entity, TokenCredentials token) {
        return target(pathOrUri, token).request().post(entity);
    }

    /**
     * A signed PUT. Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param entity the body
     * @param token the token credentials
     * @return the provider's response, whatever its status
     */
    default Response put(String pathOrUri, Entity<?> entity, TokenCredentials token) {
        return target(pathOrUri, token).request().put(entity);
    }

    /**
     * A signed DELETE. Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param token the token credentials
     * @return the provider's response, whatever its status
     */
    default Response delete(String pathOrUri, TokenCredentials token) {
        return target(pathOrUri, token).request().delete();
    }

    /**
     * A signed GET with the current user's token ({@link OAuth1TokenResolver}). Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @return the provider's response, whatever its status
     */
    default Response get(String pathOrUri) {
        return target(pathOrUri).request().get();
    }

    /**
     * A signed POST with the current user's token ({@link OAuth1TokenResolver}). Close the response.
     *
     * @param pathOrUri a path relative to {@code api-base-url}, or an absolute URI
     * @param entity the body
     * @return the provider's response, whatever its status
     */
    default Response post(String pathOrUri, Entity<?> entity) {
        return target(pathOrUri).request().post(entity);
    }
}
