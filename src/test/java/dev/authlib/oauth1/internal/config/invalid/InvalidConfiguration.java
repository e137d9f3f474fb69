package dev.authlib.oauth1.internal.config.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlib.oauth1.internal.config.TestConfig;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * One invalid configuration per subclass: the deployment in a real Weld container must fail with exactly the
 * expected problems, each naming its full key.
 */
abstract class InvalidConfiguration {

    /** The configuration under test, usually a valid client with one thing wrong. */
    abstract Map<String, String> configuration();

    /** Every problem the deployment must report, in order. */
    abstract List<String> expectedProblems();

    static Map<String, String> validTwitter() {
        return new HashMap<>(TestConfig.client("twitter", "https://api.twitter.example"));
    }

    static final String KEY = "authlib.oauth.clients.twitter.";

    /** A valid client that logs no one in: no token URLs. */
    static Map<String, String> tokenless() {
        Map<String, String> p = validTwitter();
        p.remove(KEY + "request-token-url");
        p.remove(KEY + "authorize-url");
        p.remove(KEY + "access-token-url");
        return p;
    }

    /** Application beans deployed with the library, such as one injecting a client. */
    Class<?>[] applicationBeans() {
        return new Class<?>[0];
    }

    @Test
    @SuppressWarnings("try") // the config must stay registered while the container runs
    void deploymentFails_reportingEveryProblemByKey() {
        try (TestConfig c = TestConfig.with(configuration())) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> TestDeployments.weld()
                    .addBeanClasses(applicationBeans()).initialize().close());
            assertEquals(expectedProblems(), reportedProblems(e));
        }
    }

    static List<String> reportedProblems(Throwable e) {
        return TestDeployments.reportedProblems(e);
    }
}
