package dev.authlib.it.liberty;

import dev.authlib.it.common.LoginScenarios;
import dev.authlib.it.common.TypedClientScenarios;
import dev.authlib.it.support.TestWar;
import dev.authlib.it.support.TypedPeers;
import dev.authlib.oauth1.it.browser.Browser;
import dev.authlib.oauth1.it.provider.OauthlibVerifier;
import java.net.URI;
import java.net.URL;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.container.test.api.RunAsClient;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.arquillian.test.api.ArquillianResource;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The demo application on OpenLiberty (library jar in WEB-INF/lib, configuration in the WAR, secret from the
 * environment) against the Authlib provider: the {@link LoginScenarios} (src-it/runtimes/common-war), and the
 * {@link TypedClientScenarios} (src-it/runtimes/common) on its MicroProfile Rest Client, against the provider and
 * oauthlib's verifier. One deployment; this class carries only the Arquillian plumbing.
 */
@ExtendWith(ArquillianExtension.class)
@RunAsClient
class LibertyLoginIT extends LoginScenarios implements TypedClientScenarios {

    /** The typed clients' second peer; its URL goes into the WAR too. */
    static final OauthlibVerifier VERIFIER = TypedPeers.startVerifier();

    @Deployment(testable = false)
    static WebArchive app() {
        return TestWar.demo("demo", TypedPeers.with(config(), PROVIDER.baseUri(), VERIFIER.baseUri()));
    }

    @AfterAll
    static void stopVerifier() {
        VERIFIER.close();
    }

    @ArquillianResource
    URL base;

    @Override
    protected URI app(String pathAndQuery) {
        return Browser.loopback(base, pathAndQuery);
    }

    @Override
    public URI jaxRs(String path) {
        return app("api/" + path);
    }
}
