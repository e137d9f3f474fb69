package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.app.MeResource;
import dev.authlib.it.app.SignedInUsers;
import dev.authlib.it.support.Failures;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A client configured without its authorization URL fails the Quarkus build (the library's build compatible extension
 * validates at build time), and the failure names the key, although the application injects the client.
 */
class MissingAuthorizeUrlUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(MeResource.class, SignedInUsers.class))
            // the application's configuration (these keys replace application.properties), authorize-url forgotten
            .overrideConfigKey("authlib.oauth.clients.demo.client-id", "demo-key")
            .overrideConfigKey("authlib.oauth.clients.demo.client-secret", "demo-secret")
            .overrideConfigKey("authlib.oauth.clients.demo.request-token-url", "http://127.0.0.1:8000/oauth/request_token")
            .overrideConfigKey("authlib.oauth.clients.demo.access-token-url", "http://127.0.0.1:8000/oauth/access_token")
            .assertException(t -> {
                String failure = Failures.describe(t);
                System.out.println("Build failure as seen by the test:\n" + failure);
                assertTrue(failure.contains("AUTHJ1010: authlib.oauth.clients.demo: authorize-url missing"), failure);
                assertFalse(failure.contains("Unsatisfied dependency"), failure);
                assertFalse(failure.contains("client-id") || failure.contains("request-token-url"), failure);
            });

    @Test
    void missingAuthorizeUrl_failsTheBuild_namingTheKey() {
        fail("not run when the application fails to build as expected");
    }
}
