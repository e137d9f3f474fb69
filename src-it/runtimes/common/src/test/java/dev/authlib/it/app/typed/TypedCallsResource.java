package dev.authlib.it.app.typed;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1Clients;
import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.TokenCredentials;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.client.Client;
import jakarta.ws.rs.client.ClientBuilder;
import jakarta.ws.rs.client.WebTarget;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.ConfigProvider;
import org.eclipse.microprofile.rest.client.inject.RestClient;

/**
 * {@code GET typed/<call>?user=<screen name>}: one signed call each, through the typed clients as an application
 * makes them, acting for the user the test logged in. Each answers what the peer answered (its JSON), or the
 * exception the call ended with ({@link Outcome}).
 */
@Path("typed")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class TypedCallsResource {
    /** Query values the peers must receive as they are: space, {@code + * ~ %}, {@code & =}, non-ASCII. */
    public static final Map<String, String> HOSTILE = hostile();
    public static final String STATUS = "Hello Ladies + Gentlemen, a signed OAuth request!";
    public static final String TAG = "ü*~% &=";
    public static final String FORGED_SECRET = "forged-Secret-8812";
    public static final String NOTE = "a JSON body: \"quoted\", ü€, {braces}";

    @Inject
    @RestClient
    ProviderApi provider;

    @Inject
    @RestClient
    LedgerApi ledger;

    @Inject
    @RestClient
    LtiApi lti;

    @Inject
    CurrentUser current;

    @Inject
    LoginsByName logins;

    @Inject
    OAuth1Clients clients;

    private static Map<String, String> hostile() {
        Map<String, String> h = new LinkedHashMap<>();
        h.put("space", "a b");
        h.put("plus", "a+b");
        h.put("star", "a*b");
        h.put("tilde", "a~b");
        h.put("percent", "100%");
        h.put("unicode", "ü€ 日本");
        h.put("amp", "a&b=c");
        return h;
    }

    private void actAs(String user) {
        logins.token(user).ifPresent(current::actAs);
    }

    @GET
    @Path("query")
    public String query(@QueryParam("user") String user) {
        actAs(user);
        return Outcome.of(() -> provider.echoQuery(HOSTILE.get("space"), HOSTILE.get("plus"), HOSTILE.get("star"),
                HOSTILE.get("tilde"), HOSTILE.get("percent"), HOSTILE.get("unicode"), HOSTILE.get("amp")));
    }

    @GET
    @Path("form")
    public String form(@QueryParam("user") String user) {
        actAs(user);
        return Outcome.of(() -> provider.echoForm(STATUS, TAG));
    }

    @GET
    @Path("me")
    public String me(@QueryParam("user") String user) {
        actAs(user);
        return Outcome.of(() -> provider.me());
    }

    /** A {@code CompletionStage}: sent from the REST client's pool on Payara, OpenLiberty and Quarkus classic. */
    @GET
    @Path("async")
    public String async(@QueryParam("user") String user) {
        actAs(user);
        return Outcome.of(() -> provider.meAsync().toCompletableFuture().get(30, TimeUnit.SECONDS));
    }

    /** The call's own token wins over the resolver's (which here is another user's, unknown to the provider). */
    @GET
    @Path("per-call")
    public String perCall(@QueryParam("user") String user) {
        current.actAs(TokenCredentials.of("nobody", "nobody-secret"));
        TokenCredentials token = logins.token(user).orElseThrow();
        return Outcome.of(() -> provider.me(token));
    }

    /** A token the provider does not know: 401 (Authlib answers JSON {@code {"error": "invalid_token"}}). */
    @GET
    @Path("refused")
    public String refused() {
        return Outcome.of(() -> provider.me(TokenCredentials.of("forged-token", FORGED_SECRET)));
    }

    /** A login client's call with no token at all: refused by the library, nothing sent. */
    @GET
    @Path("no-token")
    public String noToken() {
        return Outcome.of(() -> provider.me());
    }

    @GET
    @Path("body-hash")
    public String bodyHash() {
        return Outcome.of(() -> ledger.create(new Order("book", 2, NOTE)));
    }

    @GET
    @Path("static-token")
    public String staticToken() {
        return Outcome.of(() -> ledger.find(HOSTILE.get("unicode") + HOSTILE.get("plus")));
    }

    /** oauthlib refuses a token it does not know: 401 with {@code WWW-Authenticate: OAuth oauth_problem=...}. */
    @GET
    @Path("ledger-refused")
    public String ledgerRefused() {
        return Outcome.of(() -> ledger.findAs(TokenCredentials.of("unknown-token", FORGED_SECRET)));
    }

    @GET
    @Path("tokenless")
    public String tokenless() {
        return Outcome.of(() -> lti.launch(HOSTILE.get("space"), HOSTILE.get("plus"), HOSTILE.get("star"),
                HOSTILE.get("tilde"), HOSTILE.get("percent"), HOSTILE.get("unicode"), HOSTILE.get("amp")));
    }

    @GET
    @Path("tokenless-body-hash")
    public String tokenlessBodyHash() {
        return Outcome.of(() -> lti.outcome(new Order("grade", 1, NOTE)));
    }

    /** The runtime's own JAX-RS client, signed by {@code signingFeature()}, the user's token per request. */
    @GET
    @Path("jaxrs")
    public String jaxrs(@QueryParam("user") String user) {
        TokenCredentials token = logins.token(user).orElseThrow();
        OAuth1Client demo = clients.get("demo");
        String base = ConfigProvider.getConfig().getValue("provider-api/mp-rest/url", String.class);
        Client http = ClientBuilder.newClient().register(demo.signingFeature());
        try {
            return Outcome.of(() -> {
                WebTarget target = http.target(base).path("api/echo");
                for (Map.Entry<String, String> e : HOSTILE.entrySet()) {
                    target = target.queryParam(e.getKey(), e.getValue());
                }
                return target.request(MediaType.APPLICATION_JSON).property(OAuth1Client.TOKEN_PROPERTY, token)
                        .get(String.class);
            });
        } finally {
            http.close();
        }
    }

    /** What a call ended with: the peer's JSON, or the exception as JSON (the test reads it). */
    static final class Outcome {
        private Outcome() {
        }

        interface Call {
            String run() throws Exception;
        }

        static String of(Call call) {
            try {
                return call.run();
            } catch (Exception e) {
                return describe(e);
            }
        }

        static String describe(Throwable e) {
            StringBuilder chain = new StringBuilder();
            Throwable oauth = null;
            for (Throwable t = e; t != null; t = t.getCause()) {
                chain.append(chain.length() == 0 ? "" : " <- ").append(t.getClass().getName());
                if (oauth == null && t.getClass().getName().startsWith("dev.authlib.oauth1.")) {
                    oauth = t;
                }
            }
            Map<String, String> out = new LinkedHashMap<>();
            out.put("exception", e.getClass().getName());
            out.put("chain", chain.toString());
            if (oauth != null) {
                out.put("oauth_exception", oauth.getClass().getName());
                out.put("message", oauth.getMessage());
                if (oauth instanceof OAuth1ProviderException) {
                    OAuth1ProviderException p = (OAuth1ProviderException) oauth;
                    out.put("status", String.valueOf(p.status()));
                    out.put("problem", p.oauthProblem().orElse(null));
                }
            } else {
                out.put("message", e.getMessage());
                StringBuilder at = new StringBuilder();
                StackTraceElement[] frames = e.getStackTrace();
                for (int i = 0; i < Math.min(12, frames.length); i++) {
                    at.append(i == 0 ? "" : " | ").append(frames[i]);
                }
                out.put("at", at.toString()); // where an unexpected failure came from, for the test's message
            }
            StringBuilder sb = new StringBuilder("{");
            out.forEach((k, v) -> sb.append(sb.length() == 1 ? "" : ", ").append(quote(k)).append(": ")
                    .append(v == null ? "null" : quote(v)));
            return sb.append('}').toString();
        }

        private static String quote(String s) {
            StringBuilder sb = new StringBuilder("\"");
            for (char c : s.toCharArray()) {
                if (c == '"' || c == '\\') {
                    sb.append('\\').append(c);
                } else if (c < 0x20) {
                    sb.append(String.format("\\u%04x", (int) c));
                } else {
                    sb.append(c);
                }
            }
            return sb.append('"').toString();
        }
    }
}
