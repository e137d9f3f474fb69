package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The library deploys and logs users in where MicroProfile Rest Client is absent, as on OpenLiberty without
 * {@code mpRestClient}: failsafe runs every IT here without its API (pom.xml, classpathDependencyExcludes), while
 * Weld scans the library's classes, the REST client listener among them.
 */
class NoRestClientApiIT {
    @RegisterExtension
    static final FlowApp app = new FlowApp();

    @Test
    void withoutTheRestClientApi_theLibraryDeploysAndLogsIn() {
        assertThrows(ClassNotFoundException.class,
                () -> Class.forName("org.eclipse.microprofile.rest.client.RestClientBuilder"));

        Browser browser = new Browser();
        URI authorize = Browser.redirect(browser.get(app.uri("oauth1/twitter/login?next=/app/done")), 303);
        URI callback = ProviderPages.approve(browser, authorize);
        assertEquals(app.origin("/app/done"), Browser.redirect(browser.get(callback), 303));
    }
}
