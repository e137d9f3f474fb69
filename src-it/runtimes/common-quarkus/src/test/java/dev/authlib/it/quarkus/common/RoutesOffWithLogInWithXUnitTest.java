package dev.authlib.it.quarkus.common;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.support.Failures;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * "Log in with X" on Quarkus goes through the built-in routes ({@code oauth1/<client>/login} and {@code /authorize});
 * the application switches them off ({@code authlib.oauth.web.enabled=false}) while its
 * {@code authlib.oauth.security.client} asks for the login: the build fails naming both keys (AUTHJ5007), instead of
 * every protected page sending its users to a login route that answers 404.
 */
class RoutesOffWithLogInWithXUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = TheApp.unitTestWithout().overrideConfigKey("authlib.oauth.web.enabled", "false")
            .assertException(t -> {
                String failure = Failures.describe(t);
                System.out.println("Build failure as seen by the test:\n" + failure);
                assertTrue(failure.contains("AUTHJ5007: authlib.oauth.security.client: on Quarkus the login goes "
                        + "through the built-in routes (oauth1/<client>/login and /authorize), and "
                        + "authlib.oauth.web.enabled=false switches them off: remove one of the two keys"), failure);
            });

    @Test
    void loginWithXAndTheRoutesSwitchedOff_failTheBuild_namingBothKeys() {
        fail("not run when the application fails to build as expected");
    }
}
