package dev.authlib.it.payara;

import dev.authlib.it.common.SecurityScenarios;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.TestWar;
import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Log in with X" on Payara Micro 6 (Soteria, Jakarta Security 3): the {@link SecurityScenarios}
 * (src-it/runtimes/common-war) against the secured WAR, pending logins in the HTTP session. One deployment (one Micro
 * boot) for every security scenario.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class PayaraSecurityIT extends SecurityScenarios {

    @Deployment(testable = false)
    static WebArchive app() {
        return TestWar.secured("secured", DemoProvider.securedConfig(PROVIDER.baseUri()));
    }

    @ArquillianResource
    URL base;

    @Override
    protected URI app(String pathAndQuery) {
        return Browser.loopback(base, pathAndQuery);
    }
}
