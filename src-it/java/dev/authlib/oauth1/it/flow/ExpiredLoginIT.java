package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A pending login older than authlib.oauth.store.ttl is gone: its callback is refused, nothing exchanged. */
class ExpiredLoginIT {

    @RegisterExtension
    static final FlowApp app = new FlowApp(Map.of("authlib.oauth.store.ttl", "PT1S"));

    @Test
    void callbackAfterTheTtl_is400_andNothingIsExchanged() throws InterruptedException {
        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login")), 303);
        URI callback = ProviderPages.approve(browser, authorize);
        Thread.sleep(1500); // let the pending login expire (the TTL is one second)
        long exchanges = app.accessTokenRequests();

        HttpResponse<String> late = browser.get(callback);

        assertEquals(400, late.statusCode(), late::body);
        assertEquals(HostileCallbackIT.REFUSED, late.body());
        assertEquals(exchanges, app.accessTokenRequests());
        assertEquals("0", app.pending(browser));
    }
}
