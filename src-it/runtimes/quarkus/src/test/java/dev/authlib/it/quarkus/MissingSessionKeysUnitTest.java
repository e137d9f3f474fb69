package dev.authlib.it.quarkus;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.quarkus.common.TheApp;
import dev.authlib.it.support.Failures;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Log in with X" without the server keys that seal its session cookie (a secret, given at run time; this application
 * keeps its pending logins in the HTTP session, so nothing else needs them): the start fails, naming the key and
 * why it is needed, rather than the first login.
 */
class MissingSessionKeysUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = TheApp.unitTestWithout(TheApp.COOKIE_KEYS).assertException(t -> {
        String failure = Failures.describe(t);
        System.out.println("Start failure as seen by the test:\n" + failure);
        assertFalse(failure.contains("Build failure"), failure); // the keys are secrets: at start-up, not at build
        assertTrue(failure.contains("AUTHJ5008: authlib.oauth.store.cookie.keys: missing; the Quarkus login session "
                + "(authlib.oauth.security.client) is a cookie sealed with these server keys"), failure);
    });

    @Test
    void missingSessionKeys_failTheStart_namingTheKey() {
        fail("not run when the application fails to start as expected");
    }
}
