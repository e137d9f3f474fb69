package dev.authlib.oauth1.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Which request origins the built-in login builds its callback under. */
class CallbackOriginTest {
    private static final List<String> ALLOWED = List.of("app.example.com", "admin.example.com:8443");

    private static Optional<URI> base(String requestBase) {
        return CallbackOrigin.trustedBase(URI.create(requestBase), Optional.empty(), ALLOWED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://localhost:8080/app/", "http://127.0.0.1/", "http://127.1.2.3:9/x/",
        "http://[::1]:8080/", "http://dev.localhost/", "https://app.example.com/shop/api/",
        "http://APP.example.com:8080/", "https://admin.example.com:8443/api/"})
    void loopbackAndAllowedHosts_areTrusted_asTheyAre(String requestBase) {
        assertEquals(Optional.of(URI.create(requestBase)), base(requestBase));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://evil.example/app/", "http://app.example.com.evil.example/", "http://127.0.0.1.evil/",
        "http://localhost.evil.example/", "https://admin.example.com/api/", "http://admin.example.com:8080/",
        "http://[::2]/", "http://128.0.0.1/", "http://127.0.0.256/", "http://0177.0.0.1/"})
    void otherHosts_areNot(String requestBase) {
        assertEquals(Optional.empty(), base(requestBase));
    }

    @Test
    void publicUrl_replacesTheRequestsOrigin_keepingItsPath() {
        assertEquals(Optional.of(URI.create("https://app.example.com/shop/api/")), CallbackOrigin.trustedBase(
                URI.create("http://evil.example:81/shop/api/"), Optional.of(URI.create("https://app.example.com")),
                List.of()));
        assertEquals(Optional.of(URI.create("https://app.example.com:8443/a%20b/")), CallbackOrigin.trustedBase(
                URI.create("http://10.0.0.5:8080/a%20b/"), Optional.of(URI.create("https://app.example.com:8443")),
                List.of()));
    }

    @Test
    void shownHost_isReducedToHarmlessCharacters_andBounded() {
        assertEquals("evil.example:8080", CallbackOrigin.shown(URI.create("http://evil.example:8080/")));
        String shown = CallbackOrigin.shown(URI.create("http://a%3Cscript%3E.example/"));
        assertFalse(shown.contains("<") || shown.contains("%"), shown);
        assertTrue(CallbackOrigin.shown(URI.create("http://" + "a".repeat(200) + ".example/")).length() <= 67);
    }
}
