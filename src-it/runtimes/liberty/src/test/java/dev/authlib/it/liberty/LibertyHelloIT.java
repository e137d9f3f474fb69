package dev.authlib.it.liberty;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.Browser;
import dev.authlib.it.support.TestWar;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** One deployment, several checks over HTTP (black box: tests run in the Failsafe JVM). */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertyHelloIT {

    @Deployment(testable = false)
    static WebArchive app() {
        return TestWar.hello("hello");
    }

    @ArquillianResource
    URL base;

    @Test
    void servesConfigFromTheWarAndFromServerXml() {
        HttpResponse<String> r = new Browser().get(Browser.loopback(base, "hello/config"));
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("greeting=hello from the application\n"), r::body);
        assertTrue(r.body().contains("server-greeting=hello from server.xml\n"), r::body);
    }

    @Test
    void sessionCounterIncreasesWithTheSameCookie() {
        URI hello = Browser.loopback(base, "hello");
        Browser alice = new Browser();
        HttpResponse<String> first = alice.get(hello);
        assertEquals(200, first.statusCode(), first::body);
        assertTrue(first.body().contains("count=1\n"), first::body);
        assertTrue(first.headers().firstValue("Set-Cookie").isPresent(), () -> "no session cookie: " + first.headers());
        HttpResponse<String> second = alice.get(hello);
        assertTrue(second.body().contains("count=2\n"), second::body);

        HttpResponse<String> bob = new Browser().get(hello);
        assertTrue(bob.body().contains("count=1\n"), () -> "another cookie jar must get a new session: " + bob.body());
    }
}
