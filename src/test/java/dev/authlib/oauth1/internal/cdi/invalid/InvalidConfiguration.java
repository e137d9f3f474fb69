package dev.authlib.oauth1.internal.cdi.invalid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.cdi.TestConfig;
import dev.authlib.oauth1.internal.cdi.TestDeployments;
import java.util.ArrayList;
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

    @Test
    @SuppressWarnings("try") // the config must stay registered while the container runs
    void deploymentFails_reportingEveryProblemByKey() {
        try (TestConfig c = TestConfig.with(configuration())) {
            RuntimeException e = assertThrows(RuntimeException.class, () -> TestDeployments.weld().initialize().close());
            assertEquals(expectedProblems(), reportedProblems(e));
        }
    }

    /**
     * The problems as the container reports them: Weld lists definition errors in its message, and ours carries one
     * line per problem.
     */
    static List<String> reportedProblems(Throwable e) {
        String text = e.getMessage() == null ? "" : e.getMessage();
        if (!text.contains(OAuth1ConfigurationException.class.getName())) {
            fail("the deployment failed, but not with an OAuth1ConfigurationException: " + e);
        }
        List<String> problems = new ArrayList<>();
        for (String line : text.split("\n")) {
            if (line.startsWith("  - ")) {
                problems.add(line.substring(4));
            }
        }
        return problems;
    }
}
