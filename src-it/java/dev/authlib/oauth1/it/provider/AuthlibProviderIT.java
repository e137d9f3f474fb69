package dev.authlib.oauth1.it.provider;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.provider.AuthlibProvider.ClientSpec;
import java.io.IOException;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Checks the harness itself, without the library: three legs with PLAINTEXT signatures built by hand.
 * (The library's interop tests sign with the real code.)
 */
class AuthlibProviderIT {

    private static final String CALLBACK = "http://127.0.0.1:9/callback";
    private static AuthlibProvider provider;
    private final HttpClient http = HttpClient.newHttpClient(); // never follows redirects

    @BeforeAll
    static void start() throws IOException {
        provider = AuthlibProvider.start(List.of(ClientSpec.hmac("harness", "s&cret \"x\"")));
    }

    @AfterAll
    static void stop() {
        if (provider != null) {
            provider.close();
        }
    }

    @Test
    void threeLegsWithPlaintext() throws Exception {
        Map<String, String> temp = form(send("POST", provider.requestTokenUri(),
                header(Map.of("oauth_callback", CALLBACK), null), 200).body());
        assertEquals("true", temp.get("oauth_callback_confirmed"));

        HttpResponse<String> auth = send("GET", URI.create(provider.authorizeUri() + "?auto=approve&oauth_token="
                + pct(temp.get("oauth_token"))), null, 302);
        String location = auth.headers().firstValue("Location").orElseThrow();
        assertTrue(location.startsWith(CALLBACK + "?"), location);
        Map<String, String> callback = form(URI.create(location).getRawQuery());
        assertEquals(temp.get("oauth_token"), callback.get("oauth_token"));

        Map<String, String> tokenParams = new LinkedHashMap<>();
        tokenParams.put("oauth_token", temp.get("oauth_token"));
        tokenParams.put("oauth_verifier", callback.get("oauth_verifier"));
        Map<String, String> token = form(send("POST", provider.accessTokenUri(),
                header(tokenParams, temp.get("oauth_token_secret")), 200).body());
        assertEquals("42", token.get("user_id"));
        assertEquals("alice", token.get("screen_name"));

        HttpResponse<String> me = send("GET", provider.apiBaseUri().resolve("me"),
                header(Map.of("oauth_token", token.get("oauth_token")), token.get("oauth_token_secret")), 200);
        assertTrue(me.body().contains("\"id\":42") && me.body().contains("\"screen_name\":\"alice\""), me.body());

        send("GET", provider.apiBaseUri().resolve("me"),
                header(Map.of("oauth_token", token.get("oauth_token")), "wrong"), 401);
        assertTrue(provider.log().contains("GET /api/me -> 401"), provider.log());
    }

    private String header(Map<String, String> extra, String tokenSecret) {
        StringBuilder sb = new StringBuilder("OAuth oauth_consumer_key=\"harness\", oauth_signature_method=\"PLAINTEXT\"");
        extra.forEach((k, v) -> sb.append(", ").append(k).append("=\"").append(pct(v)).append('"'));
        String signature = pct("s&cret \"x\"") + "&" + pct(tokenSecret == null ? "" : tokenSecret);
        return sb.append(", oauth_signature=\"").append(pct(signature)).append('"').toString();
    }

    private HttpResponse<String> send(String method, URI uri, String authorization, int expected) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).method(method, HttpRequest.BodyPublishers.noBody());
        if (authorization != null) {
            b.header("Authorization", authorization);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(expected, r.statusCode(), () -> method + " " + uri + ": " + r.body() + "\n" + provider.log());
        assertNotNull(r.body());
        return r;
    }

    private static String pct(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8).replace("+", "%20").replace("*", "%2A")
                .replace("%7E", "~");
    }

    private static Map<String, String> form(String s) {
        Map<String, String> m = new LinkedHashMap<>();
        for (String pair : s.split("&")) {
            int eq = pair.indexOf('=');
            m.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                    URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
        }
        return m;
    }
}
