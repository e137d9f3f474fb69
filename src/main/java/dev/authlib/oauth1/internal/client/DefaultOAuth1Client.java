package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.AccessDeniedException;
import dev.authlib.oauth1.MismatchingStateException;
import dev.authlib.oauth1.OAuth1CallbackException;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
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
import java.util.Locale;
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
    private final ApiCallCredentials calls;
    private final SigningFeature signingFeature;

    DefaultOAuth1Client(ClientConfig config, Client http, SigningFilter signing,
            Supplier<TemporaryCredentialStore> store, Supplier<OAuth1TokenResolver> tokens) {
        this.config = config;
        this.http = http;
        this.endpoints = config.login() == null ? null : new TokenEndpoints(config, http);
        this.store = store;
        this.calls = new ApiCallCredentials(config, tokens);
        this.signingFeature = new SigningFeature(config.name(), signing, calls);
    }

    @Override
    public String name() {
        return config.name();
    }

    @Override
    public ClientConfig config() {
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
        login();
        URI callback = redirectUri != null ? redirectUri : config.redirectUri();
        if (callback == null || !(callback.isAbsolute() || isOob(callback))) {
            throw new IllegalArgumentException(Messages.redirectUriNotAbsolute(name()));
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
        login();
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
        return login().temporaryCredentials(callback, merge(config.login().requestTokenParams(), extraParameters));
    }

    @Override
    public URI authorizationUri(TemporaryCredentials temporaryCredentials, Map<String, String> extraParameters) {
        login();
        return config.login().authorizeUrl().resolve(temporaryCredentials.token(), config.credentials().clientId(),
                merge(config.login().authorizeParams(), extraParameters));
    }

    @Override
    public TokenCredentials fetchTokenCredentials(TemporaryCredentials temporaryCredentials, String verifier) {
        return login().tokenCredentials(temporaryCredentials, verifier);
    }

    @Override
    public WebTarget target(String pathOrUri, TokenCredentials token) {
        WebTarget target = http.target(resolve(pathOrUri));
        return token == null ? target : target.property(SigningFilter.CREDENTIALS, RequestCredentials.of(token));
    }

    /**
     * The client's own token if it has one (static-token client); else the current user's, from the application's
     * resolver; else, for a client that cannot log users in, the client credentials alone ({@link ApiCallCredentials}).
     */
    @Override
    public WebTarget target(String pathOrUri) {
        return target(pathOrUri, calls.current());
    }

    @Override
    public SigningFeature signingFeature() {
        return signingFeature;
    }

    /**
     * An absolute {@code http(s)://} URI as given; anything else is a path below {@code api-base-url}, and must stay
     * there: {@code ///other.host/x} or {@code ../../x} would send the signed request (with PLAINTEXT, the secrets)
     * elsewhere.
     */
    private URI resolve(String pathOrUri) {
        String lower = pathOrUri.toLowerCase(Locale.ROOT);
        if (lower.startsWith("http://") || lower.startsWith("https://")) {
            URI uri = parse(pathOrUri);
            if (uri.getHost() == null) {
                throw new OAuth1Exception(name(), Messages.notAPathOrHttpUri("no host"), null);
            }
            return uri;
        }
        URI base = config.apiBaseUrl();
        if (base == null) {
            throw new OAuth1Exception(name(), Messages.relativePathWithoutBase(name()), null);
        }
        int start = 0;
        while (start < pathOrUri.length() && pathOrUri.charAt(start) == '/') {
            start++;
        }
        String path = pathOrUri.substring(start);
        int colon = path.indexOf(':');
        int slash = path.indexOf('/');
        if (colon >= 0 && (slash < 0 || colon < slash) && (path.indexOf('?') < 0 || colon < path.indexOf('?'))) {
            throw new OAuth1Exception(name(), Messages.notAPathOrHttpUri("a scheme other than http or https"), null);
        }
        URI resolved = parse(base + path).normalize();
        if (!base.getRawAuthority().equals(resolved.getRawAuthority())
                || !resolved.getRawPath().startsWith(base.getRawPath())) {
            throw new OAuth1Exception(name(), Messages.pathOutsideBase(name()), null);
        }
        return resolved;
    }

    private URI parse(String text) {
        try {
            return new URI(text);
        } catch (java.net.URISyntaxException e) {
            throw new OAuth1Exception(name(), Messages.notAPathOrHttpUri(e.getReason()), null);
        }
    }

    /** The token endpoints, or the failure of a client that cannot log users in. */
    private TokenEndpoints login() {
        if (endpoints == null) {
            throw new OAuth1ConfigurationException(List.of(Messages.notALoginClient(name(),
                    config.kind() == ClientConfig.Kind.STATIC_TOKEN ? "static-token" : "tokenless")));
        }
        return endpoints;
    }

    private static boolean isOob(URI uri) {
        return "oob".equals(uri.toString());
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

    /** The client's name and settings; never a secret. */
    @Override
    public String toString() {
        return "OAuth1Client[" + config + "]";
    }

}
