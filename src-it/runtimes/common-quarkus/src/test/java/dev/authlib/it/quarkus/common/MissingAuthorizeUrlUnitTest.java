package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.support.Failures;
import dev.authlib.it.support.Misconfiguration;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The misconfigured application (support/Misconfiguration: a client without its authorization URL, misspelled keys, an
 * injection point naming no configured client) fails the Quarkus build (the library's build compatible extension
 * validates at build time), and the failure names every problem by its id and key, not as unsatisfied dependencies.
 */
class MissingAuthorizeUrlUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = TheApp.misconfigured().assertException(t -> {
        String failure = Failures.describe(t);
        System.out.println("Build failure as seen by the test:\n" + failure);
        Misconfiguration.assertReported(failure);
        assertFalse(failure.contains("authlib.oauth.clients.demo.client-id")
                || failure.contains("authlib.oauth.clients.demo.request-token-url"), failure);
    });

    @Test
    void missingAuthorizeUrl_failsTheBuild_namingTheKey() {
        fail("not run when the application fails to build as expected");
    }
}
