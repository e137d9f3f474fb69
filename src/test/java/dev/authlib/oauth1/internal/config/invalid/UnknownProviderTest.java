package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** An unknown provider fails the deployment listing the valid ones. */
class UnknownProviderTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "provider", "myspace");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1011: " + KEY + "provider: 'myspace' is not a provider preset; the presets are "
                + "discogs, etrade, jira-dc, magento, mediawiki, netsuite, schoology, smugmug, trello, tumblr, "
                + "woocommerce, x (or leave it out and set the URLs yourself)");
    }
}
