package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.app.MeResource;
import dev.authlib.it.badapp.Inventory;
import dev.authlib.it.support.Failures;
import dev.authlib.it.support.Misconfiguration;
import io.quarkus.test.QuarkusUnitTest;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

/**
 * The application under test, as both Quarkus projects have it: its classes in package {@code dev.authlib.it.app}
 * (each project's own {@code src/main/java}, one {@link MeResource} each) and its configuration, the shared
 * {@code application.properties} (server-config/quarkus) plus the project's own
 * {@code META-INF/microprofile-config.properties} (quarkus-rest: {@code authlib.oauth.store=cookie}; both: the
 * security switch).
 * Where the two projects differ, the shared tests ask this class.
 */
public final class TheApp {
    /** The key choosing where pending logins wait. */
    public static final String STORE = "authlib.oauth.store";
    /** The encrypted-cookie store's server keys: a secret, given at run time. */
    public static final String COOKIE_KEYS = "authlib.oauth.store.cookie.keys";
    /** The switch of "Log in with X" (authlib-jakarta-quarkus). */
    public static final String SECURITY_CLIENT = "authlib.oauth.security.client";
    /** The demo client's secret: given at run time only (the environment, in production). */
    public static final String CLIENT_SECRET = "authlib.oauth.clients.demo.client-secret";

    private TheApp() {
    }

    /** Whether the application has the clients that log no one in (quarkus-rest: {@code shop} and {@code erp}). */
    public static boolean hasClientsWithoutLogin() {
        return configuration().containsKey("authlib.oauth.clients.shop.client-id");
    }

    /** Whether the application keeps pending logins in encrypted cookies (its own configuration says so). */
    public static boolean usesCookieStore() {
        return "cookie".equals(configuration().get(STORE));
    }

    /** Whether a login client is the application's authentication, its session sealed with the cookie keys. */
    public static boolean usesLoginSession() {
        return configuration().containsKey(SECURITY_CLIENT);
    }

    /** Whether the application needs the server keys of {@link #COOKIE_KEYS} (a secret, given at run time). */
    public static boolean needsCookieKeys() {
        return usesCookieStore() || usesLoginSession();
    }

    /**
     * The application as a {@link QuarkusUnitTest} builds it, with its configuration files' keys and the run-time
     * secrets it needs (the client secret; a cookie key with the cookie store or the login session), except
     * {@code omitted}. Every key is given through {@code overrideConfigKey}, because any such key replaces the
     * application's {@code application.properties} entirely (see the README).
     */
    public static QuarkusUnitTest unitTestWithout(String... omitted) {
        Map<String, String> config = configuration();
        config.put(CLIENT_SECRET, "demo-secret");
        if (hasClientsWithoutLogin()) { // their run-time secrets
            config.put("authlib.oauth.clients.shop.client-secret", "shop-secret");
            config.put("authlib.oauth.clients.erp.client-secret", "erp-secret");
            config.put("authlib.oauth.clients.erp.token-secret", "erp-token-secret");
        }
        if (needsCookieKeys()) {
            config.put(COOKIE_KEYS, randomCookieKey());
        }
        config.keySet().removeAll(Set.of(omitted));
        QuarkusUnitTest test = new QuarkusUnitTest()
                .withApplicationRoot(jar -> jar.addPackage(MeResource.class.getPackage()));
        config.forEach(test::overrideConfigKey);
        return test;
    }

    /**
     * The misconfigured application (support/Misconfiguration): without the demo client's authorization URL, with the
     * typos, and with a resource injecting a client that is not configured.
     */
    public static QuarkusUnitTest misconfigured() {
        QuarkusUnitTest test = unitTestWithout("authlib.oauth.clients.demo.authorize-url");
        Misconfiguration.typos().forEach(test::overrideConfigKey);
        return test.withApplicationRoot(jar -> jar.addPackage(MeResource.class.getPackage())
                .addPackage(Inventory.class.getPackage()));
    }

    /**
     * The application without the run-time key {@code key}: it builds, then its start fails, naming the key
     * ({@code <key>: missing}).
     */
    public static QuarkusUnitTest startFailsWithout(String key) {
        return unitTestWithout(key).assertException(t -> {
            String failure = Failures.describe(t);
            System.out.println("Start failure as seen by the test:\n" + failure);
            assertTrue(failure.contains("Failed to start quarkus"), failure); // built, then failed to start
            assertTrue(failure.contains(key + ": missing"), failure);
        });
    }

    /** A cookie-store server key as an operator makes one ({@code openssl rand -base64 32}): 32 random bytes. */
    public static String randomCookieKey() {
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        return "k1:" + Base64.getEncoder().encodeToString(key);
    }

    /** The keys of the application's configuration files, as the class path has them (the higher ordinal last). */
    public static Map<String, String> configuration() {
        Map<String, String> config = new LinkedHashMap<>();
        for (String file : List.of("META-INF/microprofile-config.properties", "application.properties")) {
            Properties p = new Properties();
            try (InputStream in = TheApp.class.getClassLoader().getResourceAsStream(file)) {
                if (in != null) {
                    p.load(in);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            p.stringPropertyNames().stream().sorted().forEach(k -> config.put(k, p.getProperty(k)));
        }
        return config;
    }
}
