package dev.authlib.it.quarkus;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.authlib.it.bad.NeedsMissingKey;
import dev.authlib.it.support.Failures;
import io.quarkus.test.QuarkusUnitTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Pattern for "bad configuration fails the deployment, naming the key": QuarkusUnitTest (artifact
 * io.quarkus:quarkus-junit-internal) builds an application from the archive below and expects its
 * build or start to fail; {@code assertException} sees the failure.
 */
class QuarkusDeploymentFailureUnitTest {

    @RegisterExtension
    static final QuarkusUnitTest TEST = new QuarkusUnitTest()
            .withApplicationRoot(jar -> jar.addClass(NeedsMissingKey.class))
            // NeedsMissingKey is injected nowhere: ArC would drop it, and its injection point with it,
            // and the application would start (seen). A @QuarkusTest app keeps beans of test classes.
            .overrideConfigKey("quarkus.arc.remove-unused-beans", "false")
            .assertException(t -> {
                String failure = Failures.describe(t);
                System.out.println("Deployment failure as seen by the test:\n" + failure);
                assertTrue(failure.contains(NeedsMissingKey.KEY), failure);
            });

    @Test
    void missingConfigKeyFailsTheDeploymentNamingTheKey() {
        fail("not run when the application fails to start as expected");
    }
}
