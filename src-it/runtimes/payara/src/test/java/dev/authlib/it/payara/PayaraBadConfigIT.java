package dev.authlib.it.payara;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.ConsoleCapture;
import dev.authlib.it.support.Failures;
import dev.authlib.it.support.Misconfiguration;
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
 * The demo application without {@code authlib.oauth.clients.demo.authorize-url}: Payara Micro refuses to load it,
 * naming the key.
 *
 * <p>The Payara Micro adapter (3.1) does NOT report a failed deployment: Micro logs the exception, boots with
 * nothing deployed, and {@code deploy} returns normally. The failure is read from Micro's console, which the adapter
 * echoes to {@code System.out}.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayaraBadConfigIT {

    @Deployment(name = "bad", managed = false, testable = false)
    static WebArchive bad() {
        return TestWar.misconfigured("bad");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void missingAuthorizeUrl_failsTheDeploymentNamingTheKey() {
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
        int failure = seen.indexOf("Exception while loading the app");
        assertTrue(failure >= 0, "no deployment failure logged");
        String message = seen.substring(failure, Math.min(seen.length(), failure + 6000));
        System.out.println("Deployment failure on Micro's console:\n" + message);
        Misconfiguration.assertReported(message);
    }
}
