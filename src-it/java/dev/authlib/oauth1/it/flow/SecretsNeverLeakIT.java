package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.store.StoreSelection;
import dev.authlib.oauth1.internal.store.StoreSettings;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.net.RawHttp;
import dev.authlib.oauth1.it.provider.AuthlibProvider;
import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.RsaKeys;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import jakarta.enterprise.inject.literal.NamedLiteral;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Secrets never leak: the whole flow, with every logger at its most verbose level, leaves no client secret, RSA key
 * material, temporary or token secret, or verifier in any log record, exception, {@code toString()}, or response the
 * browser got (status, headers including {@code Set-Cookie}, body). Logins with HMAC, RSA and PLAINTEXT in every
 * placement, a denial, a replayed and a foreign callback, a login under a foreign {@code Host}, an application
 * observer that throws, a provider error (wrong client secret: 401) and a refused
 * timestamp (a relay makes the token request an hour old). This class runs it on the default session store; the
 * cookie and JCache stores have their own classes.
 */
class SecretsNeverLeakIT {

    /**
     * Loggers that print HTTP traffic as it is, outside the library's reach: the back channel's client (RESTEasy's
     * Apache HttpClient 4: wire bytes, headers and request lines, at DEBUG) and the test browser's JDK client. RFC 5849
     * puts the verifier, token secrets in token responses, and with PLAINTEXT the client secret itself on that wire,
     * so these loggers must stay below DEBUG in production; the test reports what they show without failing on it.
     */
    private static final String PLANTED = "dev.authlib.it.planted-leak";

    static final Set<String> TRANSPORT_LOGGERS = Set.of("org.apache.http.wire", "org.apache.http.headers",
            "org.apache.http.impl.execchain.MainClientExec", "jdk.internal.httpclient.debug");

    /** The test's configuration: token endpoints through a recording relay, two failing clients, a store. */
    static final class LeakConfig implements Function<AuthlibProvider, Map<String, String>> {
        static final String WRONG_SECRET = "wrong-Secret/+=~v4lue";
        static final List<String> BUILT_IN = List.of("twitter", FlowConfig.matrixClient(SignatureMethod.RSA_SHA256,
                SignatureType.HEADER));
        static final List<String> PROGRAMMATIC = List.of(
                FlowConfig.matrixClient(SignatureMethod.RSA_SHA1, SignatureType.QUERY),
                FlowConfig.matrixClient(SignatureMethod.PLAINTEXT, SignatureType.HEADER),
                FlowConfig.matrixClient(SignatureMethod.PLAINTEXT, SignatureType.QUERY),
                FlowConfig.matrixClient(SignatureMethod.PLAINTEXT, SignatureType.BODY),
                FlowConfig.matrixClient(SignatureMethod.HMAC_SHA512, SignatureType.BODY));

        private final Map<String, String> store;
        ProviderTap tap;
        ProviderTap staleTap;

        LeakConfig(Map<String, String> store) {
            this.store = store;
        }

        @Override
        public Map<String, String> apply(AuthlibProvider provider) {
            tap = ProviderTap.start(provider.baseUri(), false);
            staleTap = ProviderTap.start(provider.baseUri(), true);
            Map<String, String> p = new HashMap<>(store);
            for (String client : concat(BUILT_IN, PROGRAMMATIC)) {
                p.put(key(client, "request-token-url"), tap.relay(provider.requestTokenUri()).toString());
                p.put(key(client, "access-token-url"), tap.relay(provider.accessTokenUri()).toString());
            }
            client(p, provider, "twitter-wrong", WRONG_SECRET);
            client(p, provider, "twitter-stale", "twitter-secret");
            p.put(key("twitter-stale", "request-token-url"), tap.relay(provider.requestTokenUri()).toString());
            p.put(key("twitter-stale", "access-token-url"), staleTap.relay(provider.accessTokenUri()).toString());
            return p;
        }

        private static void client(Map<String, String> p, AuthlibProvider provider, String name, String secret) {
            p.put(key(name, "client-id"), "twitter-key");
            p.put(key(name, "client-secret"), secret);
            p.put(key(name, "request-token-url"), provider.requestTokenUri().toString());
            p.put(key(name, "authorize-url"), provider.authorizeUri().toString());
            p.put(key(name, "access-token-url"), provider.accessTokenUri().toString());
            p.put(key(name, "api-base-url"), provider.apiBaseUri().toString());
        }

        private static String key(String client, String key) {
            return "authlib.oauth.clients." + client + "." + key;
        }

        String traffic() {
            return tap.traffic() + staleTap.traffic();
        }

        void close() throws IOException {
            if (tap != null) {
                tap.close();
            }
            if (staleTap != null) {
                staleTap.close();
            }
        }
    }

    static final LeakConfig CONFIG = new LeakConfig(Map.of());

    @RegisterExtension
    @Order(1)
    static final LeakScan scan = new LeakScan();

    @RegisterExtension
    @Order(2)
    static final FlowApp app = new FlowApp(CONFIG, FailingObserver.class);

    @AfterAll
    static void closeTaps() throws IOException {
        CONFIG.close();
    }

    @Test
    void everyFlow_atTheMostVerboseLevel_leaksNoSecret() throws Exception {
        everyFlow(app, scan, CONFIG);
    }

    /** Runs every flow, collects every text and secret, asserts that no text shows a secret. */
    static void everyFlow(FlowApp app, LeakScan scan, LeakConfig config) throws Exception {
        app.events().clear();
        knownSecrets(scan, app);

        Browser browser = new Browser();
        // successful logins: built-in routes (HMAC-SHA1 and RSA-SHA256 in the header, the consent page clicked)
        URI firstCallback = null;
        for (String client : LeakConfig.BUILT_IN) {
            URI authorize = Browser.redirect(seen(scan, browser.get(app.uri("oauth1/" + client + "/login?next=/app/"
                    + client))), 303);
            URI callback = ProviderPages.clickApprove(browser, authorize);
            scan.secret("verifier of " + client, ProviderPages.query(callback, "oauth_verifier"));
            assertEquals(app.origin("/app/" + client), Browser.redirect(seen(scan, browser.get(callback)), 303));
            firstCallback = firstCallback == null ? callback : firstCallback;
        }
        // programmatic routes with signed API calls: RSA-SHA1 in the query, PLAINTEXT everywhere, HMAC-SHA512 in a body
        for (String client : LeakConfig.PROGRAMMATIC) {
            URI authorize = Browser.redirect(seen(scan, browser.get(app.uri("shop/clients/" + client + "/login"))),
                    303);
            URI callback = ProviderPages.approve(browser, authorize);
            scan.secret("verifier of " + client, ProviderPages.query(callback, "oauth_verifier"));
            HttpResponse<String> done = seen(scan, browser.get(callback));
            assertEquals(200, done.statusCode(), done::body);
            assertTrue(done.body().contains("me.status=200") && done.body().contains("echo.status=200"), done::body);
        }
        // a replayed callback
        assertEquals(400, seen(scan, browser.get(firstCallback)).statusCode());
        // a denial
        URI denyAuthorize = Browser.redirect(seen(scan, browser.get(app.uri("oauth1/twitter/login"))), 303);
        assertEquals(403, seen(scan, browser.get(ProviderPages.clickDeny(browser, denyAuthorize))).statusCode());
        // a foreign callback: another browser brings this one's callback
        URI pending = ProviderPages.approve(browser, Browser.redirect(seen(scan, browser.get(app.uri(
                "oauth1/twitter/login"))), 303));
        scan.secret("verifier of a pending login", ProviderPages.query(pending, "oauth_verifier"));
        assertEquals(400, seen(scan, new Browser().get(pending)).statusCode());
        // a login reached under a host nothing vouches for: refused before the provider is asked (AUTHJ4001)
        RawHttp.Answer foreignHost = RawHttp.get(app.uri("oauth1/twitter/login"), "evil.example");
        assertEquals(400, foreignHost.status(), foreignHost::toString);
        scan.text("response to a foreign Host", foreignHost);
        // the application's login observer throws: a 500 page, a log naming the observer (AUTHJ4002), a failure event
        app.bean(FailingObserver.class).failNextLogin();
        URI observed = ProviderPages.approve(browser, Browser.redirect(seen(scan, browser.get(app.uri(
                "oauth1/twitter/login"))), 303));
        scan.secret("verifier of a login whose observer failed", ProviderPages.query(observed, "oauth_verifier"));
        assertEquals(500, seen(scan, browser.get(observed)).statusCode());
        // the provider refuses the client secret (401 at the temporary-credential request)
        assertEquals(502, seen(scan, browser.get(app.uri("oauth1/twitter-wrong/login"))).statusCode());
        // the provider refuses the timestamp of the token request, built-in and programmatic
        URI stale = ProviderPages.approve(browser, Browser.redirect(seen(scan, browser.get(app.uri(
                "oauth1/twitter-stale/login"))), 303));
        scan.secret("verifier of a refused exchange", ProviderPages.query(stale, "oauth_verifier"));
        assertEquals(502, seen(scan, browser.get(stale)).statusCode());
        URI staleToo = ProviderPages.approve(browser, Browser.redirect(seen(scan, browser.get(app.uri(
                "shop/clients/twitter-stale/login"))), 303));
        scan.secret("verifier of a refused programmatic exchange", ProviderPages.query(staleToo, "oauth_verifier"));
        assertEquals(500, seen(scan, browser.get(staleToo)).statusCode());
        assertTrue(config.staleTap.traffic().contains("oauth_timestamp"), "the refused requests went through the "
                + "stale relay");

        // what the application saw: events, their credentials and failures
        List<OAuth1LoginEvent> logins = app.events().logins();
        assertTrue(logins.size() >= LeakConfig.BUILT_IN.size(), logins::toString); // + the one whose observer failed
        for (OAuth1LoginEvent login : logins) {
            scan.secret("token secret of " + login.clientName(), login.credentials().tokenSecret());
            scan.text("login event", login);
            scan.text("token credentials", login.credentials());
        }
        List<OAuth1LoginFailedEvent> failures = app.events().failures();
        assertEquals(5, failures.size(), failures::toString); // replay, denial, foreign, observer, refused timestamp
        for (OAuth1LoginFailedEvent failure : failures) {
            scan.text("failure event", failure);
            scan.exception(failure.failure());
        }
        assertTrue(failures.stream().anyMatch(f -> String.valueOf(f.failure().getMessage()).contains("401")
                || String.valueOf(f.failure().getMessage()).contains("400")), "a provider refusal: " + failures);
        valueTypes(scan, app);

        scan.secretsFromTraffic(config.traffic());
        assertTrue(scan.secrets() >= 20, "secrets known: " + scan.secrets());
        assertTrue(scan.logRecords() > 1000, "the most verbose logging was on: " + scan.logRecords() + " records");
        assertTrue(scan.logRecordsFrom("dev.authlib.") > 0, "the library's own records were captured");
        // the scan itself: a record at the finest level holding a secret, form-encoded, is found
        java.util.logging.Logger.getLogger(PLANTED).finest("planted oauth_signature=matrix-secret%7E1%26");
        List<String> found = scan.findings();
        assertEquals(1, found.stream().filter(f -> LeakScan.sourceOf(f).equals(PLANTED)).count(), "the planted leak");
        List<String> transport = found.stream().filter(f -> TRANSPORT_LOGGERS.contains(LeakScan.sourceOf(f)))
                .toList();
        List<String> findings = found.stream().filter(f -> !transport.contains(f))
                .filter(f -> !LeakScan.sourceOf(f).equals(PLANTED)).toList();
        System.out.println("SecretsNeverLeakIT: " + scan.texts() + " texts (" + scan.logRecords() + " log records), "
                + scan.secrets() + " secrets; the HTTP clients' raw-traffic loggers, not held to this test, show "
                + transport.size() + ":\n" + LeakScan.report(transport));
        assertEquals(List.of(), findings, () -> findings.size() + " leaks in " + scan.texts() + " texts:\n"
                + LeakScan.report(findings));
    }

    /** The configured secrets: client secrets and every base64 line of the RSA key. */
    static void knownSecrets(LeakScan scan, FlowApp app) {
        scan.secret("client secret of twitter", "twitter-secret");
        scan.secret("client secret of matrix", "matrix-secret~1");
        scan.secret("a wrong client secret", LeakConfig.WRONG_SECRET);
        String pem = read(key("test-pkcs8.pem"));
        int line = 0;
        for (String l : pem.split("\n")) {
            line++;
            if (!l.startsWith("-----") && !l.isBlank()) {
                scan.secret("RSA key line " + line, l.strip());
            }
        }
        app.properties().forEach((k, v) -> {
            if (k.endsWith(".keys") || k.endsWith("client-secret")) {
                for (String entry : v.split(",")) {
                    scan.secret("configured secret " + k, entry.substring(entry.indexOf(':') + 1).strip());
                }
            }
        });
    }

    /** The {@code toString()} of every public value type and of the library's beans, holding real secrets. */
    static void valueTypes(LeakScan scan, FlowApp app) throws Exception {
        String token = "value-type-token";
        String secret = "value-type-token-secret";
        String verifier = "value-type-verifier";
        scan.secret("value type token secret", secret);
        scan.secret("value type verifier", verifier);
        scan.text("temporary credentials", new TemporaryCredentials(token, secret, true, Map.of("x", "y")));
        scan.text("token credentials", new TokenCredentials(token, secret, Map.of("screen_name", "alice")));
        for (SignatureMethod method : SignatureMethod.values()) {
            for (SignatureType type : SignatureType.values()) {
                OAuth1Signer.Builder builder = OAuth1Signer.builder("matrix").clientSecret("matrix-secret~1")
                        .token(token, secret).verifier(verifier).signatureMethod(method).signatureType(type);
                if (method.wireName().startsWith("RSA-")) {
                    builder.rsaKey(RsaKeys.privateKey(read(key("test-pkcs8.pem"))));
                }
                scan.text("signer builder", builder);
                OAuth1Signer signer = builder.build();
                scan.text("signer", signer);
                SignedRequest signed = signer.sign("POST", URI.create("https://api.example/1/x?a=b"),
                        Map.of("status", List.of("hi")));
                scan.text("signed request", signed);
            }
        }
        for (String client : app.bean(dev.authlib.oauth1.OAuth1Clients.class).names()) {
            OAuth1Client c = app.bean(OAuth1Client.class, NamedLiteral.of(client));
            scan.text("client bean " + client, c);
        }
        scan.text("store settings", app.bean(StoreSettings.class));
        scan.text("store selection", app.bean(StoreSelection.class));
    }

    private static <T> HttpResponse<T> seen(LeakScan scan, HttpResponse<T> r) {
        @SuppressWarnings("unchecked")
        HttpResponse<String> s = (HttpResponse<String>) r;
        scan.response(s);
        return r;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return java.util.stream.Stream.concat(a.stream(), b.stream()).toList();
    }

    private static Path key(String file) {
        try {
            return Path.of(SecretsNeverLeakIT.class.getResource("/keys/" + file).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
