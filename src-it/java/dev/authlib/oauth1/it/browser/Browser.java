package dev.authlib.oauth1.it.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/**
 * One simulated browser, one user agent: its own cookie jar (so its own HTTP session), HTTP/1.1, no proxy, and
 * redirects never followed on its own, so that a test sees (and asserts) each one. It refuses to leave the loopback
 * address. Used by the in-process flow ITs (src-it/java) and, from the tests jar, by the runtime ITs
 * (src-it/runtimes), whose containers report other host names for their deployments: {@link #loopback(URL, String)}.
 */
public final class Browser {
    private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient http = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .proxy(HttpClient.Builder.NO_PROXY)
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(CONNECT_TIMEOUT)
            .build();

    /** A GET with this browser's cookies. */
    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(requireLoopback(uri)).GET());
    }

    /** A GET that also sends {@code cookie} ({@code name=value}), as a copied request would. */
    public HttpResponse<String> get(URI uri, String cookie) {
        return send(HttpRequest.newBuilder(requireLoopback(uri)).header("Cookie", cookie).GET());
    }

    /** A form POST ({@code application/x-www-form-urlencoded}) of {@code body}, already encoded. */
    public HttpResponse<String> postForm(URI uri, String body) {
        return send(HttpRequest.newBuilder(requireLoopback(uri))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** GETs {@code uri}, asserts a redirect with {@code status}, and returns its absolute {@code Location}. */
    public URI follow(URI uri, int status) {
        return redirect(get(uri), status);
    }

    /** Asserts that the response is a redirect with this status and returns its absolute {@code Location}. */
    public static URI redirect(HttpResponse<String> response, int status) {
        assertEquals(status, response.statusCode(), () -> "expected " + status + " from " + response.uri()
                + ", got " + response.statusCode() + ": " + response.body());
        String location = response.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("no Location in the " + status + " from " + response.uri()));
        return response.uri().resolve(location);
    }

    /** This browser's cookie jar. */
    public CookieManager cookies() {
        return cookies;
    }

    /** The {@code Cookie} header this browser would send to {@code uri} (the cookies' paths decide), or "". */
    public String cookieHeader(URI uri) {
        try {
            return String.join("; ", cookies.get(uri, java.util.Map.of()).getOrDefault("Cookie", java.util.List.of()));
        } catch (java.io.IOException e) {
            throw new AssertionError(e);
        }
    }

    /** The session cookie the application set in this browser, if any. */
    public Optional<String> sessionId() {
        return cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("JSESSIONID"))
                .map(HttpCookie::getValue).findFirst();
    }

    /**
     * {@code base} (a deployment URL as Arquillian or {@code @TestHTTPResource} injects it) with {@code pathAndQuery}
     * appended and the host replaced by 127.0.0.1: the servers listen on loopback only, while the containers report
     * "localhost" (Liberty) or the machine's name or address (Payara Micro).
     */
    public static URI loopback(URL base, String pathAndQuery) {
        try {
            URI b = base.toURI();
            String p = b.getPath() == null || b.getPath().isEmpty() ? "/" : b.getPath();
            if (!p.endsWith("/")) {
                p = p + "/";
            }
            String rel = pathAndQuery.startsWith("/") ? pathAndQuery.substring(1) : pathAndQuery;
            int q = rel.indexOf('?');
            String path = q < 0 ? rel : rel.substring(0, q);
            String query = q < 0 ? null : rel.substring(q + 1);
            return new URI(b.getScheme(), null, "127.0.0.1", b.getPort(), p + path, query, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.timeout(REQUEST_TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new AssertionError("request failed: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted", e);
        }
    }

    private static URI requireLoopback(URI uri) {
        if (!"127.0.0.1".equals(uri.getHost())) {
            throw new AssertionError("the browser would leave the loopback address: " + uri);
        }
        return uri;
    }
}
