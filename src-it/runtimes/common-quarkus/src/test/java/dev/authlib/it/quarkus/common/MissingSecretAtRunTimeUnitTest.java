package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.fail;

import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The build accepts a client without its secret (secrets arrive at run time, from the environment), but the start
 * fails when the run-time configuration has none either, naming the key
 * ({@code authlib.oauth.clients.demo.client-secret: missing}).
 */
class MissingSecretAtRunTimeUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = TheApp.startFailsWithout(TheApp.CLIENT_SECRET);

    @Test
    void missingSecret_failsTheStart_namingTheKey() {
        fail("not run when the application fails to start as expected");
    }
}
