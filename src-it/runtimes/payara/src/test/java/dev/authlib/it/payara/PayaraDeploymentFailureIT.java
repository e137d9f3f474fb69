package dev.authlib.it.payara;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.bad.NeedsMissingKey;
import dev.authlib.it.support.ConsoleCapture;
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
 * Pattern for "bad configuration fails the deployment, naming the key" on Payara Micro.
 *
 * <p>The Payara Micro adapter (3.1) does NOT report a failed deployment: Micro logs the CDI
 * DeploymentException, boots anyway with an empty "Deployed" list, and {@code deploy} returns
 * normally (so {@code @ShouldThrowException} cannot work). The failure is read from Micro's
 * console, which the adapter echoes to {@code System.out}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayaraDeploymentFailureIT {

    @Deployment(name = "bad", managed = false, testable = false)
    static WebArchive bad() {
        return TestWar.base("bad").addClass(NeedsMissingKey.class);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void missingConfigKeyFailsTheDeploymentNamingTheKey() {
        String seen;
        try (ConsoleCapture console = ConsoleCapture.start()) {
            String thrown = "";
            try {
                deployer.deploy("bad");
            } catch (RuntimeException e) {
                thrown = Failures.describe(e); // in case a later adapter does report it
            }
            seen = thrown + console.text();
        } finally {
            deployer.undeploy("bad"); // stops the Micro process
        }
        assertTrue(seen.contains("Exception while loading the app"), "no deployment failure logged");
        assertTrue(seen.contains(NeedsMissingKey.KEY), "deployment failure does not name " + NeedsMissingKey.KEY);
    }
}
