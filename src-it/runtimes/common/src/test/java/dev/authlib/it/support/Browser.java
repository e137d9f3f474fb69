package dev.authlib.it.support;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * One user agent: its own cookie jar (so its own HTTP session), no redirects followed. Shared by every runtime
 * project (src-it/runtimes/common, added as a test source root by build-helper-maven-plugin).
 */
public final class Browser {

    private final CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
    private final HttpClient client = HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10))
            .build();

    public CookieManager cookies() {
        return cookies;
    }

    public HttpResponse<String> get(URI uri) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).GET().build());
    }

    /** A GET that also sends {@code cookie} ({@code name=value}), as a copied request would. */
    public HttpResponse<String> get(URI uri, String cookie) {
        return send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30)).header("Cookie", cookie).GET().build());
    }

    private HttpResponse<String> send(HttpRequest request) {
        try {
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** GETs {@code uri}, asserts a redirect with {@code status}, and answers its absolute {@code Location}. */
    public URI follow(URI uri, int status) {
        HttpResponse<String> r = get(uri);
        assertEquals(status, r.statusCode(), () -> "GET " + uri + " answered " + r.statusCode() + ": " + r.body());
        String location = r.headers().firstValue("Location")
                .orElseThrow(() -> new AssertionError("GET " + uri + ": no Location"));
        return uri.resolve(location);
    }

    /**
     * {@code base} (the deployment URL Arquillian injects, or the one {@code @TestHTTPResource} injects) with
     * {@code pathAndQuery} appended and the host replaced by 127.0.0.1: the servers listen on loopback only, while
     * the containers report "localhost" (Liberty) or the machine's name/address (Payara Micro).
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
}
