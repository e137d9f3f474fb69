package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.net.URL;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Quarkus REST has no HTTP session: config and plain requests work, the @SessionScoped bean does
 * not (the request that touches it fails; the build and the start do not).
 */
@QuarkusTest
@TestProfile(AppProfile.class)
class QuarkusRestHelloTest {

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
    void sessionScopedBeanFailsTheRequest() {
        Browser alice = new Browser();
        HttpResponse<String> r = alice.get(Browser.loopback(base, "hello"));
        System.out.println("GET /hello on Quarkus REST: " + r.statusCode() + " " + r.headers().map() + "\n" + r.body());
        assertEquals(500, r.statusCode(), r::body);
        // test/dev mode puts the exception in the error body; production would not
        assertTrue(r.body().contains("ContextNotActiveException: SessionScoped context was not active"), r::body);
        assertFalse(r.headers().firstValue("Set-Cookie").isPresent(), "no session cookie expected");
    }
}
