package dev.authlib.it.quarkusrest;

import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.quarkus.common.TheApp;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The encrypted-cookie store chosen without its server key (a secret, given at run time) fails the start, naming the
 * key ({@code authlib.oauth.store.cookie.keys: missing}), rather than the first login.
 */
class MissingCookieKeysUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = TheApp.startFailsWithout(TheApp.COOKIE_KEYS);

    @Test
    void missingCookieKeys_failTheStart_namingTheKey() {
        fail("not run when the application fails to start as expected");
    }
}
