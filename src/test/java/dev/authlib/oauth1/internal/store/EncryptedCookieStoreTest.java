package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.internal.config.TestConfig;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.TemporaryCredentials;
import jakarta.enterprise.context.control.RequestContextController;
import jakarta.ws.rs.core.NewCookie;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jboss.weld.environment.se.Weld;
import org.jboss.weld.environment.se.WeldContainer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The cookie store through CDI, one request context per browser request, as the JAX-RS filter drives it. */
class EncryptedCookieStoreTest {
    /** Token and secret shaped like a real provider's (40 random characters each). */
    static final String TOKEN = "NPcudxy0yU5T3tBzho7iCotZ3cnetKwcTIRlX0iwRl0";
    static final String SECRET = "veNRnAWe6inFuo8o2u8SLLZLjolYDmDP7SzL0YfYI";
    static final TemporaryCredentials TYPICAL = new TemporaryCredentials(TOKEN, SECRET, true,
            Map.of("authlib_return_to", "/account/settings?tab=profile"));

    TestConfig config;
    WeldContainer container;
    StoreSettings settings;
    EncryptedCookieStore store;

    static Weld weld() {
        return TestStores.weld();
    }

    static Map<String, String> cookieConfig() {
        Map<String, String> p = new HashMap<>();
        p.put("authlib.oauth.store", "cookie");
        p.put("authlib.oauth.store.cookie.keys", SealedBoxTest.keyEntry("k1", 1) + "," + SealedBoxTest.keyEntry("k0",
                2));
        return p;
    }

    @BeforeEach
    void start() {
        start(cookieConfig());
    }

    void start(Map<String, String> properties) {
        stop();
        config = TestConfig.with(properties);
        container = weld().initialize();
        settings = container.select(StoreSettings.class).get();
        store = container.select(EncryptedCookieStore.class).get();
    }

    @AfterEach
    void stop() {
        if (container != null) {
            container.close();
            container = null;
        }
        if (config != null) {
            config.close();
            config = null;
        }
    }

    Browser browser() {
        return new Browser(container, false);
    }

    @Test
    void savedLogin_isTakenInTheCallbackRequest_withItsReturnPath() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertEquals(1, pending(b).size());
        Optional<TemporaryCredentials> taken = b.request(() -> store.take("twitter", TOKEN));
        assertEquals(TYPICAL, taken.orElseThrow());
        assertEquals(SECRET, taken.get().tokenSecret());
        assertEquals("/account/settings?tab=profile", taken.get().parameters().get("authlib_return_to"));
        assertTrue(pending(b).isEmpty(), "taking deletes the cookie");
    }

    @Test
    void takenLogin_cannotBeTakenAgain() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isPresent());
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isEmpty());
    }

    @Test
    void replayedCopyOfTheCookie_isRefusedOnThisNode() {
        Browser victim = browser();
        victim.run(() -> store.save("twitter", TYPICAL));
        Browser copy = browser();
        copy.cookies.putAll(victim.cookies);
        assertTrue(victim.request(() -> store.take("twitter", TOKEN)).isPresent());
        assertTrue(copy.request(() -> store.take("twitter", TOKEN)).isEmpty());
        assertTrue(pending(copy).isEmpty(), "the refused cookie is deleted too");
    }

    /**
     * A copy of a cookie stays refused for as long as the cookie lives, however many logins complete meanwhile: the
     * guard holds {@value TakenTokens#LOGINS_PER_SECOND} logins per second of TTL, and past that it refuses logins
     * rather than forget the copy's (the old guard forgot the oldest and let the copy in).
     */
    @Test
    void replayedCopy_staysRefused_whileItsCookieLives_evenAfterAFloodOfLogins() {
        Map<String, String> p = cookieConfig();
        p.put("authlib.oauth.store.ttl", "PT5S"); // a guard of 1,000
        start(p);
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        settings.clock(Clock.fixed(t, ZoneOffset.UTC));
        Browser victim = browser();
        victim.run(() -> store.save("twitter", TYPICAL));
        Browser copy = browser();
        copy.cookies.putAll(victim.cookies);
        assertTrue(victim.request(() -> store.take("twitter", TOKEN)).isPresent());
        Browser flood = browser();
        for (int i = 0; i < TakenTokens.MIN_CAPACITY; i++) {
            String token = "flood-" + i;
            flood.run(() -> store.save("twitter", new TemporaryCredentials(token, "s", true, null)));
            boolean fits = i < TakenTokens.MIN_CAPACITY - 1;
            assertEquals(fits, flood.request(() -> store.take("twitter", token)).isPresent(), "login " + i);
        }
        assertTrue(copy.request(() -> store.take("twitter", TOKEN)).isEmpty(), "the copy is still refused");
        settings.clock(Clock.fixed(t.plusSeconds(6), ZoneOffset.UTC));
        flood.run(() -> store.save("twitter", new TemporaryCredentials("after", "s", true, null)));
        assertTrue(flood.request(() -> store.take("twitter", "after")).isPresent(), "room once the cookies expired");
    }

    @Test
    void anotherBrowser_cannotTakeALogin() {
        Browser alice = browser();
        Browser mallory = browser();
        alice.run(() -> store.save("twitter", TYPICAL));
        mallory.run(() -> store.save("twitter", new TemporaryCredentials("mallory-token", "m-secret", true, null)));
        assertTrue(mallory.request(() -> store.take("twitter", TOKEN)).isEmpty(), "no cookie for Alice's token");
        // Mallory moves Alice's value under her own login's name: bound to the name, it does not open
        String alicesValue = alice.cookies.values().iterator().next();
        mallory.cookies.replaceAll((name, value) -> alicesValue);
        assertTrue(mallory.request(() -> store.take("twitter", "mallory-token")).isEmpty());
        assertEquals(SECRET, alice.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret());
    }

    @Test
    void loginOfAnotherClient_isNotTaken() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        assertTrue(b.request(() -> store.take("my-idp", TOKEN)).isEmpty());
    }

    @Test
    void expiredLogin_isRefusedAndDeleted() {
        Instant start = Instant.parse("2026-01-01T10:00:00Z");
        settings.clock(Clock.fixed(start, ZoneOffset.UTC));
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        settings.clock(Clock.fixed(start.plus(Duration.ofMinutes(10)), ZoneOffset.UTC));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isEmpty());
        assertTrue(pending(b).isEmpty());
    }

    @Test
    void severalLogins_waitTogether_acrossTabsAndProviders() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        b.run(() -> store.save("twitter", new TemporaryCredentials("second-tab", "s2", true, null)));
        b.run(() -> store.save("my-idp", new TemporaryCredentials(TOKEN, "idp-secret", false, null)));
        assertEquals(3, pending(b).size());
        assertEquals("idp-secret", b.request(() -> store.take("my-idp", TOKEN)).orElseThrow().tokenSecret());
        assertEquals("s2", b.request(() -> store.take("twitter", "second-tab")).orElseThrow().tokenSecret());
        assertEquals(SECRET, b.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret());
    }

    @Test
    void beyondMaxPending_theOldestLoginIsDropped() {
        Map<String, String> p = cookieConfig();
        p.put("authlib.oauth.store.max-pending", "2");
        start(p);
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        Browser b = browser();
        for (int i = 1; i <= 3; i++) {
            settings.clock(Clock.fixed(t.plusSeconds(i), ZoneOffset.UTC));
            String token = "t" + i;
            b.run(() -> store.save("twitter", new TemporaryCredentials(token, "s", true, null)));
        }
        assertEquals(2, pending(b).size());
        assertTrue(b.request(() -> store.take("twitter", "t1")).isEmpty(), "the oldest was dropped");
        assertTrue(b.request(() -> store.take("twitter", "t2")).isPresent());
        assertTrue(b.request(() -> store.take("twitter", "t3")).isPresent());
    }

    @Test
    void cookie_isHttpOnlyLax_scopedToTheJaxRsRoot_livingTheTtl_secureOnlyOverHttps() {
        Browser plain = browser();
        plain.run(() -> store.save("twitter", TYPICAL));
        NewCookie c = pendingCookie(plain);
        assertTrue(c.getName().matches("authlib_o1_[A-Za-z0-9_-]{16}"), c.getName());
        assertTrue(c.isHttpOnly());
        assertEquals(NewCookie.SameSite.LAX, c.getSameSite());
        assertEquals(Browser.ROOT, c.getPath());
        assertEquals(600, c.getMaxAge());
        assertEquals(null, c.getDomain());
        assertFalse(c.isSecure());
        Browser tls = new Browser(container, true);
        tls.run(() -> store.save("twitter", TYPICAL));
        assertTrue(pendingCookie(tls).isSecure());
        tls.run(() -> store.take("twitter", TOKEN));
        NewCookie deletion = pendingCookie(tls);
        assertEquals(0, deletion.getMaxAge());
        assertTrue(deletion.isSecure() && deletion.isHttpOnly());
    }

    /** Over https the browser id is a __Host- cookie: Secure, Path=/, no Domain; over http a root-scoped one. */
    @Test
    void browserId_isAHostPrefixedCookie_overHttps() {
        Browser tls = new Browser(container, true);
        tls.run(() -> store.save("twitter", TYPICAL));
        NewCookie id = tls.lastSet.stream().filter(n -> n.getName().equals("__Host-authlib_o1b")).findFirst()
                .orElseThrow(() -> new AssertionError(tls.lastSet.toString()));
        assertTrue(id.isSecure() && id.isHttpOnly() && id.getDomain() == null, id.getName() + " " + id.getDomain());
        assertEquals("/", id.getPath());
        assertTrue(id.getValue().matches("[A-Za-z0-9_-]{43}"), id.getValue());
        Browser plain = browser();
        plain.run(() -> store.save("twitter", TYPICAL));
        assertEquals(Browser.ROOT, plain.lastSet.stream().filter(n -> n.getName().equals("authlib_o1b")).findFirst()
                .orElseThrow().getPath());
    }

    /**
     * Login CSRF with a planted cookie: Mallory starts a login, then plants her pending-login cookie in Alice's
     * browser (from a sibling subdomain, or over plain http) and sends Alice to the callback. Over https Mallory cannot
     * plant the __Host- id cookie, so Alice's browser holds her own id (or none) and Mallory's login does not open
     * there. (It used to: the sealed cookie alone was the proof.)
     */
    @Test
    void plantedPendingCookie_doesNotCompleteTheAttackersLogin_inTheVictimsBrowser() {
        Browser mallory = new Browser(container, true);
        mallory.run(() -> store.save("twitter", TYPICAL));
        Map<String, String> planted = pending(mallory);
        Browser alice = new Browser(container, true);
        alice.cookies.putAll(planted);
        assertTrue(alice.request(() -> store.take("twitter", TOKEN)).isEmpty(), "no id cookie: nothing opens");
        Browser aliceWithALogin = new Browser(container, true);
        aliceWithALogin.run(() -> store.save("twitter", new TemporaryCredentials("alices", "a", true, null)));
        aliceWithALogin.cookies.putAll(planted);
        assertTrue(aliceWithALogin.request(() -> store.take("twitter", TOKEN)).isEmpty(), "her own id: no match");
        // a plain-named id cookie (all that a sibling or plain http can set) is not read over https
        Browser planter = new Browser(container, true);
        planter.cookies.putAll(planted);
        planter.cookies.put("authlib_o1b", mallory.cookies.get("__Host-authlib_o1b"));
        assertTrue(planter.request(() -> store.take("twitter", TOKEN)).isEmpty(), "the unprefixed id is ignored");
        assertEquals(SECRET, mallory.request(() -> store.take("twitter", TOKEN)).orElseThrow().tokenSecret(),
                "in Mallory's own browser, her login is still hers");
    }

    /** An id this server did not issue (a chosen one) is replaced at the next login, never adopted. */
    @Test
    void chosenBrowserId_isReplaced() {
        Browser b = new Browser(container, true);
        String chosen = Base64.getUrlEncoder().withoutPadding().encodeToString(new byte[32]);
        b.cookies.put("__Host-authlib_o1b", chosen);
        b.run(() -> store.save("twitter", TYPICAL));
        assertFalse(chosen.equals(b.cookies.get("__Host-authlib_o1b")));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isPresent());
    }

    /**
     * Ten logins with long return paths stay under {@value EncryptedCookieStore#MAX_TOTAL_BYTES} bytes of cookies in
     * all (they used to add about 30 KB to every request): the oldest are dropped, the newest is kept.
     */
    @Test
    void manyLongLogins_stayUnderTheTotalCap_droppingTheOldest() {
        Instant t = Instant.parse("2026-01-01T10:00:00Z");
        Browser b = browser();
        for (int i = 0; i < 10; i++) {
            settings.clock(Clock.fixed(t.plusSeconds(i), ZoneOffset.UTC));
            String token = "long-" + i;
            b.run(() -> store.save("twitter", new TemporaryCredentials(token, SECRET, true,
                    Map.of("authlib_return_to", "/" + "p".repeat(2000)))));
            int total = b.cookies.entrySet().stream().mapToInt(e -> EncryptedCookieStore.bytes(e.getKey(),
                    e.getValue())).sum();
            assertTrue(total <= EncryptedCookieStore.MAX_TOTAL_BYTES, "after login " + i + ": " + total + " bytes");
        }
        assertTrue(pending(b).size() < 10, "some were dropped: " + pending(b).size());
        assertTrue(b.request(() -> store.take("twitter", "long-9")).isPresent(), "the newest is kept");
        assertTrue(b.request(() -> store.take("twitter", "long-0")).isEmpty(), "the oldest was dropped");
    }

    static Map<String, String> pending(Browser b) {
        Map<String, String> p = new HashMap<>(b.cookies);
        p.keySet().removeIf(n -> !n.startsWith(PendingLoginCookies.PREFIX));
        return p;
    }

    static NewCookie pendingCookie(Browser b) {
        return b.lastSet.stream().filter(n -> n.getName().startsWith(PendingLoginCookies.PREFIX)).findFirst()
                .orElseThrow(() -> new AssertionError(b.lastSet.toString()));
    }

    @Test
    void cookie_neverContainsTheSecret_inAnyEncoding() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        String all = pendingCookie(b).getName() + "=" + pendingCookie(b).getValue();
        byte[] secret = SECRET.getBytes(StandardCharsets.UTF_8);
        for (String form : new String[] {SECRET, Base64.getEncoder().encodeToString(secret),
            Base64.getUrlEncoder().withoutPadding().encodeToString(secret),
            URLEncoder.encode(SECRET, StandardCharsets.UTF_8), SECRET.substring(0, 12)}) {
            assertFalse(all.contains(form), form);
        }
        for (int shift = 0; shift < 3; shift++) { // base64 of the secret at any alignment inside a larger value
            String b64 = Base64.getUrlEncoder().withoutPadding().encodeToString(("xx".substring(0, shift) + SECRET)
                    .getBytes(StandardCharsets.UTF_8));
            assertFalse(all.contains(b64.substring(4, 24)), "alignment " + shift);
        }
        assertFalse(all.contains("account"), "nor the return path");
    }

    @Test
    void typicalLogin_fitsAFewHundredBytes() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        NewCookie c = pendingCookie(b);
        int pair = c.getName().length() + 1 + c.getValue().length();
        int header = pair + "; Path=/; Max-Age=600; Secure; HttpOnly; SameSite=Lax".length();
        System.out.println("cookie store: typical login, name=value " + pair + " bytes, Set-Cookie value " + header
                + " bytes, Cookie request header share " + pair + " bytes");
        assertTrue(pair < 400, "name=value is " + pair + " bytes");
    }

    @Test
    void loginTooLargeForACookie_failsAtSave_notAtTheCallback() {
        Browser b = browser();
        TemporaryCredentials huge = new TemporaryCredentials(TOKEN, SECRET, true, Map.of("x", "y".repeat(4000)));
        dev.authlib.oauth1.OAuth1Exception e = assertThrows(dev.authlib.oauth1.OAuth1Exception.class,
                () -> b.run(() -> store.save("twitter", huge)));
        assertTrue(e.getMessage().contains("does not fit in a cookie"), e.getMessage());
        assertFalse(e.getMessage().contains(SECRET));
    }

    @Test
    void storeSelection_withCookieStore_returnsItWithoutAnySession() {
        StoreSelection selection = container.select(StoreSelection.class).get();
        Browser b = browser();
        TemporaryCredentialStore chosen = b.request(selection::current); // no session context exists in this container
        b.run(() -> chosen.save("twitter", TYPICAL));
        assertTrue(b.request(() -> store.take("twitter", TOKEN)).isPresent());
    }

    @Test
    void storeSelection_withSessionStore_stillRequiresASession() {
        start(Map.of());
        StoreSelection selection = container.select(StoreSelection.class).get();
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class, selection::current);
        assertTrue(e.getMessage().contains("HTTP session"), e.getMessage());
    }

    @Test
    void outsideAFilteredRequest_saveExplainsTheFilter() {
        RequestContextController request = container.select(RequestContextController.class).get();
        request.activate();
        try {
            OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                    () -> store.save("twitter", TYPICAL));
            assertTrue(e.getMessage().contains("CookieFilter"), e.getMessage());
        } finally {
            request.deactivate();
        }
        OAuth1ConfigurationException e = assertThrows(OAuth1ConfigurationException.class,
                () -> store.take("twitter", TOKEN));
        assertTrue(e.getMessage().contains("authlib.oauth.store=cookie"), e.getMessage());
    }

    @Test
    void toStrings_showNoSecretNorKey() {
        Browser b = browser();
        b.run(() -> store.save("twitter", TYPICAL));
        String text = store + " " + container.select(StoreSettings.class).get() + " " + settings.box();
        assertFalse(text.contains(SECRET));
        assertFalse(text.contains(Base64.getEncoder().encodeToString(SealedBoxTest.key(1))));
    }
}
