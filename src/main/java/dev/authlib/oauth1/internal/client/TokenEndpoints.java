package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.client.SigningFilter.RequestCredentials;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.Response;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/** The two token requests of RFC 5849: temporary credentials (§2.1) and token credentials (§2.3). */
final class TokenEndpoints {
    private static final System.Logger LOG = System.getLogger(TokenEndpoints.class.getName());
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private final ClientConfig config;
    private final Client http;

    TokenEndpoints(ClientConfig config, Client http) {
        this.config = config;
        this.http = http;
    }

    TemporaryCredentials temporaryCredentials(URI callback, Map<String, String> params) {
        String endpoint = "request-token-url " + safe(config.requestTokenUrl());
        Response response = send(config.requestTokenMethod(), FormBodies.withQuery(config.requestTokenUrl(), params),
                new RequestCredentials(null, null, callback.toString(), null), endpoint);
        int status = response.getStatus();
        Map<String, String> body = ProviderResponses.tokenResponse(config.name(), endpoint, response);
        String token = required(body, "oauth_token", endpoint, status);
        String secret = required(body, "oauth_token_secret", endpoint, status);
        boolean confirmed = "true".equalsIgnoreCase(body.get("oauth_callback_confirmed"));
        if (!confirmed) {
            switch (config.callbackConfirmed()) {
                case REQUIRE:
                    throw new OAuth1ProviderException(config.name(), endpoint + " did not answer "
                            + "oauth_callback_confirmed=true (RFC 5849 §2.1); if this provider never sends it, set "
                            + "authlib.oauth.clients." + config.name() + ".callback-confirmed=warn", status, null,
                            null);
                case WARN:
                    LOG.log(System.Logger.Level.WARNING, "OAuth 1 client ''{0}'': {1} did not answer "
                            + "oauth_callback_confirmed=true", config.name(), endpoint);
                    break;
                default:
                    break;
            }
        }
        return new TemporaryCredentials(token, secret, confirmed, extras(body));
    }

    TokenCredentials tokenCredentials(TemporaryCredentials temporary, String verifier) {
        String endpoint = "access-token-url " + safe(config.accessTokenUrl());
        Response response = send(config.accessTokenMethod(),
                FormBodies.withQuery(config.accessTokenUrl(), config.accessTokenParams()),
                new RequestCredentials(temporary.token(), temporary.tokenSecret(), null, verifier), endpoint);
        int status = response.getStatus();
        Map<String, String> body = ProviderResponses.tokenResponse(config.name(), endpoint, response);
        return new TokenCredentials(required(body, "oauth_token", endpoint, status),
                required(body, "oauth_token_secret", endpoint, status), extras(body));
    }

    private Response send(String method, URI uri, RequestCredentials credentials, String endpoint) {
        Invocation.Builder request = http.target(uri).request().property(SigningFilter.CREDENTIALS, credentials);
        try {
            return "GET".equals(method) ? request.get() : request.method(method, Entity.form(new Form()));
        } catch (ProcessingException e) {
            throw transportFailure(config.name(), endpoint, e);
        }
    }

    static OAuth1Exception transportFailure(String client, String endpoint, ProcessingException e) {
        for (Throwable c = e; c != null; c = c.getCause()) {
            if (c instanceof OAuth1Exception) {
                return (OAuth1Exception) c;
            }
            if (c instanceof IllegalArgumentException || c instanceof IllegalStateException) {
                return new OAuth1Exception(client, endpoint + ": the request could not be signed: " + c.getMessage(), c);
            }
            if (c instanceof SocketTimeoutException) {
                return new OAuth1TransportException(client, endpoint + " did not answer in time ("
                        + c.getMessage() + "); see connect-timeout and read-timeout", e);
            }
            if (c instanceof ConnectException) {
                return new OAuth1TransportException(client, endpoint + " could not be reached (connection refused)", e);
            }
            if (c instanceof UnknownHostException) {
                return new OAuth1TransportException(client, endpoint + ": unknown host", e);
            }
        }
        return new OAuth1TransportException(client, endpoint + " failed: " + e.getMessage(), e);
    }

    private String required(Map<String, String> body, String name, String endpoint, int status) {
        String value = body.get(name);
        if (value == null || value.isEmpty()) {
            throw new OAuth1ProviderException(config.name(), endpoint + " answered without " + name
                    + "; received fields: " + fieldNames(body), status,
                    ProviderProblem.clean(body.get("oauth_problem")), null);
        }
        return value;
    }

    /**
     * The names of the fields received, for a message: only those that look like parameter names. A body in another
     * format parses as one long "name" that may hold the token secret (e.g. {@code oauth_token_secret: ...}).
     */
    private static String fieldNames(Map<String, String> body) {
        List<String> names = new ArrayList<>();
        int hidden = 0;
        for (String n : body.keySet()) {
            if (FIELD_NAME.matcher(n).matches()) {
                names.add(n);
            } else {
                hidden++;
            }
        }
        return names + (hidden == 0 ? "" : " and " + hidden + " unreadable (not shown)");
    }

    private static Map<String, String> extras(Map<String, String> body) {
        Map<String, String> extras = new LinkedHashMap<>(body);
        extras.remove("oauth_token");
        extras.remove("oauth_token_secret");
        return extras;
    }

    /** An endpoint as it may appear in a message: no query, no user-info. */
    static String safe(URI uri) {
        return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort())
                + (uri.getRawPath() == null ? "" : uri.getRawPath());
    }
}
