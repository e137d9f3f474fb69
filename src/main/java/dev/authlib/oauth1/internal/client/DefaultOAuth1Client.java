package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.MismatchingStateException;
import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.SigningFilter.RequestCredentials;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/** {@link OAuth1Client} over the JAX-RS Client API: the login flow and signed API calls of one provider. */
final class DefaultOAuth1Client implements ManagedOAuth1Client, AutoCloseable {
    /** Callback parameters longer than this are no OAuth token or verifier. */
    static final int MAX_CALLBACK_PARAMETER = 1024;
    /** Key, in the stored temporary credentials' parameters, of the path to return to after the login. */
    static final String RETURN_TO = "authlib_return_to";

    private final ClientConfig config;
    private final Client http;
    private final TokenEndpoints endpoints;
    private final Supplier<TemporaryCredentialStore> store;
    private final Supplier<OAuth1TokenResolver> tokens;

    DefaultOAuth1Client(ClientConfig config, Client http, Supplier<TemporaryCredentialStore> store,
            Supplier<OAuth1TokenResolver> tokens) {
        this.config = config;
        this.http = http;
        this.endpoints = new TokenEndpoints(config, http);
        this.store = store;
        this.tokens = tokens;
    }

    @Override
    public String name() {
        return config.name();
    }

    ClientConfig config() {
        return config;
    }

    @Override
    public Response authorizeRedirect(URI redirectUri) {
        return authorizeRedirect(redirectUri, Map.of());
    }

    @Override
    public Response authorizeRedirect(URI redirectUri, Map<String, String> authorizeParameters) {
        return Response.seeOther(startLogin(redirectUri, authorizeParameters, null)).build();
    }

    @Override
    public URI configuredRedirectUri() {
        return config.redirectUri();
    }

    @Override
    public URI startLogin(URI redirectUri, Map<String, String> authorizeParameters, String returnTo) {
        URI callback = redirectUri != null ? redirectUri : config.redirectUri();
        if (callback == null || !callback.isAbsolute()) {
            throw new IllegalArgumentException("OAuth 1 client '" + name() + "': the redirect URI must be absolute "
                    + "(pass one, or configure authlib.oauth.clients." + name() + ".redirect-uri)");
        }
        TemporaryCredentials temporary = fetchTemporaryCredentials(callback);
        TemporaryCredentials kept = temporary;
        if (returnTo != null) {
            Map<String, String> p = new HashMap<>(temporary.parameters());
            p.put(RETURN_TO, returnTo);
            kept = new TemporaryCredentials(temporary.token(), temporary.tokenSecret(), temporary.callbackConfirmed(), p);
        }
        store.get().save(name(), kept);
        return authorizationUri(temporary, authorizeParameters);
    }

    @Override
    public TokenCredentials authorizeAccessToken(UriInfo callback) {
        return authorizeAccessToken(callback.getQueryParameters());
    }

    @Override
    public TokenCredentials authorizeAccessToken(MultivaluedMap<String, String> callbackParameters) {
        return completeLogin(callbackParameters).credentials();
    }

    @Override
    public Completed completeLogin(MultivaluedMap<String, String> params) {
        String denial = denial(params);
        if (denial != null) {
            String deniedToken = single(params, "denied", false);
            if (deniedToken == null) {
                deniedToken = single(params, "oauth_token", false);
            }
            if (deniedToken != null && store.get().take(name(), deniedToken).isEmpty()) {
                // a denial naming a login this session never started: forged, or another browser's
                throw new MismatchingStateException(name());
            }
            throw new AccessDeniedException(name(), denial); // the pending login, if named, is over
        }
        String token = single(params, "oauth_token", true);
        String verifier = single(params, "oauth_verifier", true);
        TemporaryCredentials temporary = store.get().take(name(), token)
                .orElseThrow(() -> new MismatchingStateException(name()));
        return new Completed(fetchTokenCredentials(temporary, verifier), temporary.parameters().get(RETURN_TO));
    }

    private static String denial(MultivaluedMap<String, String> params) {
        if (params.containsKey("denied")) {
            return "denied";
        }
        String error = params.getFirst("error");
        if (error != null) {
            return ProviderProblem.clean(error);
        }
        String problem = params.getFirst("oauth_problem");
        return problem == null ? null : ProviderProblem.clean(problem);
    }

    private String single(MultivaluedMap<String, String> params, String name, boolean required) {
        List<String> values = params.get(name);
        if (values == null || values.isEmpty() || values.get(0) == null || values.get(0).isEmpty()) {
            if (required) {
                throw new OAuth1CallbackException(name(), "the callback has no " + name);
            }
            return null;
        }
        if (values.size() > 1) {
            throw new OAuth1CallbackException(name(), "the callback has " + values.size() + " " + name + " values");
        }
        String value = values.get(0);
        if (value.length() > MAX_CALLBACK_PARAMETER) {
            throw new OAuth1CallbackException(name(), "the callback's " + name + " is longer than "
                    + MAX_CALLBACK_PARAMETER + " characters");
        }
        return value;
    }

    @Override
    public TemporaryCredentials fetchTemporaryCredentials(URI callback) {
        return fetchTemporaryCredentials(callback, Map.of());
    }

    @Override
    public TemporaryCredentials fetchTemporaryCredentials(URI callback, Map<String, String> extraParameters) {
        return endpoints.temporaryCredentials(callback, merge(config.requestTokenParams(), extraParameters));
    }

    @Override
    public URI authorizationUri(TemporaryCredentials temporaryCredentials, Map<String, String> extraParameters) {
        Map<String, String> query = new LinkedHashMap<>();
        query.put("oauth_token", temporaryCredentials.token());
        query.putAll(merge(config.authorizeParams(), extraParameters));
        return FormBodies.withQuery(config.authorizeUrl(), query);
    }

    @Override
    public TokenCredentials fetchTokenCredentials(TemporaryCredentials temporaryCredentials, String verifier) {
        return endpoints.tokenCredentials(temporaryCredentials, verifier);
    }

    @Override
    public WebTarget target(String pathOrUri, TokenCredentials token) {
        WebTarget target = http.target(resolve(pathOrUri));
        return token == null ? target
                : target.property(SigningFilter.CREDENTIALS,
                        new RequestCredentials(token.token(), token.tokenSecret(), null, null));
    }

    @Override
    public WebTarget target(String pathOrUri) {
        OAuth1TokenResolver resolver = tokens.get();
        if (resolver == null) {
            throw new OAuth1Exception(name(), "no token given and no OAuth1TokenResolver bean: pass the token "
                    + "credentials, or provide a bean implementing OAuth1TokenResolver", null);
        }
        TokenCredentials token = resolver.currentToken(name()).orElseThrow(() -> new OAuth1Exception(name(),
                "the OAuth1TokenResolver has no token credentials for the current user: log the user in first", null));
        return target(pathOrUri, token);
    }

    private URI resolve(String pathOrUri) {
        URI uri = URI.create(pathOrUri);
        if (uri.isAbsolute()) {
            return uri;
        }
        if (config.apiBaseUrl() == null) {
            throw new OAuth1Exception(name(), "'" + pathOrUri + "' is a relative path and no api-base-url is "
                    + "configured (authlib.oauth.clients." + name() + ".api-base-url)", null);
        }
        String path = pathOrUri.startsWith("/") ? pathOrUri.substring(1) : pathOrUri;
        return config.apiBaseUrl().resolve(path);
    }

    private static Map<String, String> merge(Map<String, String> configured, Map<String, String> extra) {
        if (extra == null || extra.isEmpty()) {
            return configured;
        }
        Map<String, String> all = new LinkedHashMap<>(configured);
        all.putAll(extra);
        return all;
    }

    /** Closes the provider's JAX-RS client and its connections. */
    @Override
    public void close() {
        http.close();
    }

    @Override
    public String toString() {
        return "OAuth1Client[" + name() + "]";
    }

}
