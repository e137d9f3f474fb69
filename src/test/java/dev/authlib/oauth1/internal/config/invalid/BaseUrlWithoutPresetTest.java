package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

class BaseUrlWithoutPresetTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = tokenless();
        p.put(KEY + "base-url", "https://shop.example.com");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        return List.of("AUTHJ1013: " + KEY + "base-url: only provider presets use it (jira-dc, magento, mediawiki, "
                + "netsuite, woocommerce); without one, set request-token-url, authorize-url, access-token-url or "
                + "api-base-url instead");
    }
}
