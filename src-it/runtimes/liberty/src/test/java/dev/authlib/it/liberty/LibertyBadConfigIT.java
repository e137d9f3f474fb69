package dev.authlib.it.liberty;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.Failures;
import dev.authlib.it.support.Misconfiguration;
import dev.authlib.it.support.ServerLog;
import dev.authlib.it.support.TestWar;
import java.net.URI;
import java.util.Map;
import java.util.function.Consumer;
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
 * (the deployer throws), and the server's error (CWWKZ0002E in messages.log) names the key. And on this server,
 * which has no appSecurity-5.0, the demo application with "Log in with X" switched on: refused too, naming the key
 * and the missing feature, rather than started without its login (or with {@code @RolesAllowed} unenforced).
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertyBadConfigIT {

    @Deployment(name = "bad", managed = false, testable = false)
    static WebArchive bad() {
        return TestWar.misconfigured("bad");
    }

    @Deployment(name = "nosecurity", managed = false, testable = false)
    static WebArchive securityWithoutAppSecurity() {
        Map<String, String> config = DemoProvider.config(URI.create("http://127.0.0.1:9")); // never reached
        config.put("authlib.oauth.security.client", DemoProvider.CLIENT);
        return TestWar.demo("nosecurity", config);
    }

    @ArquillianResource
    Deployer deployer;

    @Test
    void missingAuthorizeUrl_failsTheDeploymentNamingTheKey() {
        assertDeploymentFails("bad", Misconfiguration::assertReported);
    }

    @Test
    void securitySwitchedOnWithoutAppSecurity_failsTheDeploymentNamingTheKeyAndTheFeature() {
        assertDeploymentFails("nosecurity", message -> assertTrue(message.contains("AUTHJ5005: "
                + "authlib.oauth.security.client: set, but Jakarta Security 3 (jakarta.security.enterprise) is not "
                + "available to the application: on OpenLiberty add the feature appSecurity-5.0"), message));
    }

    private void assertDeploymentFails(String name, Consumer<String> reported) {
        ServerLog log = ServerLog.mark();
        try {
            Exception e = assertThrows(Exception.class, () -> deployer.deploy(name));
            String thrown = Failures.describe(e);
            assertTrue(thrown.contains(DeploymentException.class.getName())
                    && thrown.contains("Failed to deploy " + name), thrown);
            String logged = log.since();
            int error = logged.indexOf("CWWKZ0002E: An exception occurred while starting the application " + name
                    + ".");
            assertTrue(error >= 0, () -> "no CWWKZ0002E for " + name + " in messages.log:\n" + logged);
            String message = logged.substring(error, Math.min(logged.length(), error + 6000));
            System.out.println("Deployment failure in messages.log:\n" + message);
            reported.accept(message);
        } finally {
            try {
                deployer.undeploy(name);
            } catch (RuntimeException ignored) {
                // nothing deployed
            }
        }
    }
}
