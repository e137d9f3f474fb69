package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.app.MeResource;
import dev.authlib.it.app.SignedInUsers;
import dev.authlib.it.support.Failures;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The build accepts a client without its secret (secrets arrive at run time, from the environment), but the start
 * fails when the run-time configuration has none either, naming the key.
 */
class MissingSecretAtRunTimeUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClasses(MeResource.class, SignedInUsers.class))
            // the application's configuration (these keys replace application.properties): no client-secret, and
            // none in the environment either
            .overrideConfigKey("authlib.oauth.clients.demo.client-id", "demo-key")
            .overrideConfigKey("authlib.oauth.clients.demo.request-token-url", "http://127.0.0.1:8000/oauth/request_token")
            .overrideConfigKey("authlib.oauth.clients.demo.authorize-url", "http://127.0.0.1:8000/oauth/authorize")
            .overrideConfigKey("authlib.oauth.clients.demo.access-token-url", "http://127.0.0.1:8000/oauth/access_token")
            .overrideConfigKey("authlib.oauth.store", "cookie")
            .overrideConfigKey("authlib.oauth.store.cookie.keys", "k1:" + "A".repeat(43) + "=")
            .assertException(t -> {
                String failure = Failures.describe(t);
                System.out.println("Start failure as seen by the test:\n" + failure);
                assertTrue(failure.contains("Failed to start quarkus"), failure); // built, then failed to start
                assertTrue(failure.contains("authlib.oauth.clients.demo.client-secret: missing"), failure);
            });

    @Test
    void missingSecret_failsTheStart_namingTheKey() {
        fail("not run when the application fails to start as expected");
    }
}
