package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.authlib.oauth1.OAuth1Client;
import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.OAuth1TransportException;
import dev.authlib.oauth1.it.browser.Browser;
import jakarta.enterprise.inject.literal.NamedLiteral;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A provider that refuses or cannot be reached gets a clear 502 from the built-in routes, never a 500 or a trace. */
class ProviderFailureIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp();

    @BeforeEach
    void clearEvents() {
        app.events().clear();
    }

    @Test
    void loginRefusedByTheProvider_is502_withAPlainMessage() {
        Browser browser = new Browser();
        HttpResponse<String> login = browser.get(app.uri("oauth1/wrong-secret/login"));

        assertEquals(502, login.statusCode(), login::body);
        assertEquals("The login could not be started: the provider did not answer as expected. Please try again "
                + "later.", login.body());
        assertFalse(login.body().contains("Exception"));
        assertEquals("0", app.pending(browser), "nothing stored");
    }

    @Test
    void tokenEndpointUnreachable_atTheCallback_is502_andFiresTheFailedEvent() {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/token-endpoint-down/login")), 303);
        URI callback = ProviderPages.approve(browser, authorize);

        HttpResponse<String> done = browser.get(callback);

        assertEquals(502, done.statusCode(), done::body);
        assertEquals("The provider refused to complete the login. Please try again.", done.body());
        assertEquals(List.of(), app.events().logins());
        assertInstanceOf(OAuth1TransportException.class, app.events().failures().get(0).failure());
        assertEquals("0", app.pending(browser), "the temporary credentials were used once");
    }

    @Test
    void providerRefusal_isATypedExceptionWithTheStatus() {
        OAuth1ProviderException e = org.junit.jupiter.api.Assertions.assertThrows(OAuth1ProviderException.class,
                () -> app.bean(OAuth1Client.class, NamedLiteral.of("wrong-secret")).fetchTemporaryCredentials(URI.create("http://127.0.0.1/cb")));
        assertEquals(401, e.status());
        assertFalse(e.getMessage().contains("not-the-secret"), e.getMessage());
    }
}
