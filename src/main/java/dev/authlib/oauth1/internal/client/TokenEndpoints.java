package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.OAuth1Exception;
import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.SigningFilter.RequestCredentials;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.Entity;
import jakarta.ws.rs.client.Invocation;
import jakarta.ws.rs.client.InvocationCallback;
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
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

/** The two token requests of RFC 5849: temporary credentials (§2.1) and token credentials (§2.3). */
final class TokenEndpoints {
    private static final System.Logger LOG = System.getLogger(TokenEndpoints.class.getName());
    private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.\\-]{1,64}");

    private final ClientConfig config;
    private final ClientConfig.Login login;
    private final Client http;

    TokenEndpoints(ClientConfig config, Client http) {
        this.config = config;
        this.login = config.login();
        this.http = http;
    }

    TemporaryCredentials temporaryCredentials(URI callback, Map<String, String> params) {
        String endpoint = "request-token-url " + safe(login.requestTokenUrl());
        Deadline deadline = Deadline.after(config.transport().callTimeout());
        Answer answer = send(login.requestTokenMethod(), FormBodies.withQuery(login.requestTokenUrl(), params),
                new RequestCredentials(null, null, callback.toString(), null), endpoint, deadline);
        int status = answer.status();
        Map<String, String> body = answer.body();
        String token = required(body, "oauth_token", endpoint, status);
        String secret = required(body, "oauth_token_secret", endpoint, status);
        boolean confirmed = "true".equalsIgnoreCase(body.get("oauth_callback_confirmed"));
        if (!confirmed) {
            switch (login.callbackConfirmed()) {
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
        String endpoint = "access-token-url " + safe(login.accessTokenUrl());
        Deadline deadline = Deadline.after(config.transport().callTimeout());
        Answer answer = send(login.accessTokenMethod(),
                FormBodies.withQuery(login.accessTokenUrl(), login.accessTokenParams()),
                new RequestCredentials(temporary.token(), temporary.tokenSecret(), null, verifier), endpoint, deadline);
        int status = answer.status();
        Map<String, String> body = answer.body();
        return new TokenCredentials(required(body, "oauth_token", endpoint, status),
                required(body, "oauth_token_secret", endpoint, status), extras(body));
    }

    /** A token endpoint's answer, read in full: its status and parameters. */
    private record Answer(int status, Map<String, String> body) {}

    /**
     * Sends a token request and waits for the whole answer, read and parsed, until the deadline: connect and read
     * timeouts are idle timeouts, so a provider trickling bytes would hold the call for as long as it liked. The
     * answer is read where it arrives (the JAX-RS client's thread), bounded by the same deadline.
     */
    private Answer send(String method, URI uri, RequestCredentials credentials, String endpoint, Deadline deadline) {
        Invocation.Builder request = http.target(uri).request().property(SigningFilter.CREDENTIALS, credentials);
        CompletableFuture<Answer> answered = new CompletableFuture<>();
        InvocationCallback<Response> callback = new InvocationCallback<>() {
            @Override
            public void completed(Response response) {
                try {
                    int status = response.getStatus();
                    answered.complete(new Answer(status, ProviderResponses.tokenResponse(config.name(), endpoint,
                            response, deadline)));
                } catch (RuntimeException e) {
                    answered.completeExceptionally(e);
                }
            }

            @Override
            public void failed(Throwable failure) {
                answered.completeExceptionally(failure);
            }
        };
        Future<Response> sent = "GET".equals(method) ? request.async().get(callback)
                : request.async().method(method, Entity.form(new Form()), callback);
        try {
            return answered.get(deadline.remainingNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new OAuth1TransportException(config.name(), Messages.callDeadline(endpoint,
                    deadline.toString(), config.name()), e);
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new OAuth1TransportException(config.name(), endpoint + ": interrupted", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof OAuth1Exception) {
                throw (OAuth1Exception) cause;
            }
            if (cause instanceof ProcessingException) {
                throw transportFailure(config.name(), endpoint, (ProcessingException) cause);
            }
            throw transportFailure(config.name(), endpoint, new ProcessingException(cause));
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
