package dev.authlib.it.support;

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

/** One user agent: its own cookie jar (so its own HTTP session), no redirects followed. */
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

    /**
     * {@code base} (the URL {@code @TestHTTPResource} injects) with {@code path} (and its {@code ?query}, if any)
     * appended and the host replaced by 127.0.0.1, where the application listens.
     */
    public static URI loopback(URL base, String path) {
        try {
            URI b = base.toURI();
            String p = b.getPath() == null || b.getPath().isEmpty() ? "/" : b.getPath();
            if (!p.endsWith("/")) {
                p = p + "/";
            }
            String rel = path.startsWith("/") ? path.substring(1) : path;
            int q = rel.indexOf('?');
            String query = q < 0 ? null : rel.substring(q + 1);
            rel = q < 0 ? rel : rel.substring(0, q);
            return new URI(b.getScheme(), null, "127.0.0.1", b.getPort(), p + rel, query, null);
        } catch (URISyntaxException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
