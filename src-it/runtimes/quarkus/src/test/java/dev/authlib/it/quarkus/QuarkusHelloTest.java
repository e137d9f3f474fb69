package dev.authlib.it.quarkus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** The application from src/main/java, started once for all @QuarkusTest classes. */
@QuarkusTest
@TestProfile(AppProfile.class)
class QuarkusHelloTest {

    @TestHTTPResource("/")
    URL base;

    @Test
    void servesConfigFromTheApplicationAndFromApplicationProperties() {
        HttpResponse<String> r = new Browser().get(Browser.loopback(base, "hello/config"));
        assertEquals(200, r.statusCode(), r::body);
        assertTrue(r.body().contains("greeting=hello from the application\n"), r::body);
        assertTrue(r.body().contains("server-greeting=hello from application.properties\n"), r::body);
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
