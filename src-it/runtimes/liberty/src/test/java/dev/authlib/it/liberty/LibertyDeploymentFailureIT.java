package dev.authlib.it.liberty;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.bad.NeedsMissingKey;
import dev.authlib.it.support.Failures;
import dev.authlib.it.support.TestWar;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Pattern for "bad configuration fails the deployment, naming the key": an unmanaged deployment
 * deployed by hand through {@link Deployer}, whose exception chain is inspected.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertyDeploymentFailureIT {

    @Deployment(name = "bad", managed = false, testable = false)
    static WebArchive bad() {
        return TestWar.base("bad").addClass(NeedsMissingKey.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void missingConfigKeyFailsTheDeploymentNamingTheKey() {
        try {
            Exception e = assertThrows(Exception.class, () -> deployer.deploy("bad"));
            String failure = Failures.describe(e);
            System.out.println("Deployment failure as seen by the test:\n" + failure);
            assertTrue(failure.contains(NeedsMissingKey.KEY), failure);
        } finally {
            try {
                deployer.undeploy("bad");
            } catch (RuntimeException ignored) {
                // nothing deployed
            }
        }
    }
}
