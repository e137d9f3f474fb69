package dev.authlib.it.liberty;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.Failures;
import dev.authlib.it.support.Misconfiguration;
import dev.authlib.it.support.ServerLog;
import dev.authlib.it.support.TestWar;
import org.jboss.arquillian.container.spi.client.container.DeploymentException;
import org.jboss.arquillian.container.test.api.Deployer;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo application without {@code authlib.oauth.clients.demo.authorize-url}: Liberty refuses to start it
 * (the deployer throws), and the server's error (CWWKZ0002E in messages.log) names the key.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertyBadConfigIT {

    @Deployment(name = "bad", managed = false, testable = false)
    static WebArchive bad() {
        return TestWar.misconfigured("bad");
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void missingAuthorizeUrl_failsTheDeploymentNamingTheKey() {
        ServerLog log = ServerLog.mark();
        try {
            Exception e = assertThrows(Exception.class, () -> deployer.deploy("bad"));
            String thrown = Failures.describe(e);
            assertTrue(thrown.contains(DeploymentException.class.getName()) && thrown.contains("Failed to deploy bad"),
                    thrown);
            String logged = log.since();
            int error = logged.indexOf("CWWKZ0002E: An exception occurred while starting the application bad.");
            assertTrue(error >= 0, () -> "no CWWKZ0002E for bad in messages.log:\n" + logged);
            String message = logged.substring(error, Math.min(logged.length(), error + 6000));
            System.out.println("Deployment failure in messages.log:\n" + message);
            Misconfiguration.assertReported(message);
        } finally {
            try {
                deployer.undeploy("bad");
            } catch (RuntimeException ignored) {
                // nothing deployed
            }
        }
    }
}
