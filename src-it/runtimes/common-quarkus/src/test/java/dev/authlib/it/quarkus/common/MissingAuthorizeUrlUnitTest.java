package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

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
    static final QuarkusUnitTest TEST = TheApp.unitTestWithout("authlib.oauth.clients.demo.authorize-url")
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
