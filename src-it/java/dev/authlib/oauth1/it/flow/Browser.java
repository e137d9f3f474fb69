package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One simulated browser: its own cookie jar, HTTP/1.1, no proxy, and redirects never followed on its own, so that a
 * test sees (and asserts) each one. It refuses to leave the loopback address.
 */
final class Browser {
    private static final Duration TIMEOUT = Duration.ofSeconds(20);

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(TIMEOUT)
            .build();

    HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(loopback(uri)).GET());
    }

    HttpResponse<String> postForm(URI uri, String body) {
        return send(HttpRequest.newBuilder(loopback(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Asserts that the response is a redirect with this status and returns its absolute {@code Location}. */
    static URI redirect(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), () -> "expected " + status + " from " + response.uri()
                + ", got " + response.statusCode() + ": " + response.body());
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in the " + status + " from " + response.uri()));
        return response.uri().resolve(location);
    }

    /** The session cookie the application set in this browser, if any. */
    Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static URI loopback(URI uri) {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new AssertionError("the browser would leave the loopback address: " + uri);
        }
        return uri;
    }
}
