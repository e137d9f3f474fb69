package dev.authlib.it.liberty;

import dev.authlib.it.common.SecurityScenarios;
import dev.authlib.it.support.DemoProvider;
import dev.authlib.it.support.TestWar;
import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.URL;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * "Log in with X" on OpenLiberty with appSecurity-5.0 (the test server authlib-it-sec, server-config/liberty-security):
 * the {@link SecurityScenarios} (src-it/runtimes/common-war) against the secured WAR. Here the pending logins wait
 * in sealed cookies ({@code authlib.oauth.store=cookie}; Payara keeps them in the session), so that the mechanism
 * is proven with both kinds of store. One deployment for every security scenario.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertySecurityIT extends SecurityScenarios {

    @Deployment(testable = false)
    static WebArchive app() {
        Map<String, String> config = DemoProvider.securedConfig(PROVIDER.baseUri());
        byte[] key = new byte[32];
        new SecureRandom().nextBytes(key);
        config.put("authlib.oauth.store", "cookie");
        config.put("authlib.oauth.store.cookie.keys", "k1:" + Base64.getEncoder().encodeToString(key));
        return TestWar.secured("secured", config);
    }

    @ArquillianResource
    URL base;

    @Override
    protected URI app(String pathAndQuery) {
        return Browser.loopback(base, pathAndQuery);
    }
}
