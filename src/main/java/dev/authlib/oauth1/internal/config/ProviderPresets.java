package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The provider presets of {@code provider=<id>}: each fills keys with values taken from the provider's own
 * documentation (cited in the README's preset table, with the date they were read); an explicit key always wins.
 * Values may hold {@code {base-url}}, the tenant's base URL ({@code base-url}, without a trailing slash). A provider
 * whose documentation could not be found has no preset.
 */
final class ProviderPresets {

    /**
     * One provider.
     *
     * @param id the value of {@code provider}
     * @param defaults key to value, possibly with {@code {base-url}}
     * @param required keys the application must set, to what they hold
     */
    record Preset(String id, Map<String, String> defaults, Map<String, String> required) {
        boolean needsBaseUrl() {
            return required.containsKey(BASE_URL);
        }

        /** The defaults with {@code {base-url}} filled in; those that need it are left out when it is missing. */
        Map<String, String> defaults(String baseUrl) {
            Map<String, String> out = new LinkedHashMap<>();
            String base = baseUrl == null ? null : strip(baseUrl);
            defaults.forEach((k, v) -> {
                if (!v.contains("{base-url}")) {
                    out.put(k, v);
                } else if (base != null) {
                    out.put(k, v.replace("{base-url}", base));
                }
            });
            return out;
        }

        private static String strip(String url) {
            String u = url;
            while (u.endsWith("/")) {
                u = u.substring(0, u.length() - 1);
            }
            return u;
        }
    }

    private static final Map<String, Preset> PRESETS = new TreeMap<>();

    static {
        add("x", Map.of(), REQUEST_TOKEN_URL, "https://api.x.com/oauth/request_token",
                AUTHORIZE_URL, "https://api.x.com/oauth/authorize",
                ACCESS_TOKEN_URL, "https://api.x.com/oauth/access_token",
                API_BASE_URL, "https://api.x.com/2/");
        add("jira-dc", Map.of(BASE_URL, "the Jira Data Center base URL, such as https://jira.example.com"),
                REQUEST_TOKEN_URL, "{base-url}/plugins/servlet/oauth/request-token",
                AUTHORIZE_URL, "{base-url}/plugins/servlet/oauth/authorize",
                ACCESS_TOKEN_URL, "{base-url}/plugins/servlet/oauth/access-token",
                SIGNATURE_METHOD, "RSA-SHA1");
        add("trello", Map.of(), REQUEST_TOKEN_URL, "https://trello.com/1/OAuthGetRequestToken",
                AUTHORIZE_URL, "https://trello.com/1/OAuthAuthorizeToken",
                ACCESS_TOKEN_URL, "https://trello.com/1/OAuthGetAccessToken",
                API_BASE_URL, "https://api.trello.com/1/");
        add("tumblr", Map.of(), REQUEST_TOKEN_URL, "https://www.tumblr.com/oauth/request_token",
                AUTHORIZE_URL, "https://www.tumblr.com/oauth/authorize",
                ACCESS_TOKEN_URL, "https://www.tumblr.com/oauth/access_token",
                ACCESS_TOKEN_METHOD, "GET",
                API_BASE_URL, "https://api.tumblr.com/v2/");
        add("discogs", Map.of(USER_AGENT, "a User-Agent that identifies your application, such as MyApp/1.0 "
                + "(Discogs requires one)"),
                REQUEST_TOKEN_URL, "https://api.discogs.com/oauth/request_token",
                AUTHORIZE_URL, "https://www.discogs.com/oauth/authorize",
                ACCESS_TOKEN_URL, "https://api.discogs.com/oauth/access_token",
                API_BASE_URL, "https://api.discogs.com/");
        add("smugmug", Map.of(), REQUEST_TOKEN_URL, "https://api.smugmug.com/services/oauth/1.0a/getRequestToken",
                AUTHORIZE_URL, "https://api.smugmug.com/services/oauth/1.0a/authorize",
                ACCESS_TOKEN_URL, "https://api.smugmug.com/services/oauth/1.0a/getAccessToken");
        add("etrade", Map.of(), REQUEST_TOKEN_URL, "https://api.etrade.com/oauth/request_token",
                REQUEST_TOKEN_METHOD, "GET",
                AUTHORIZE_URL, "https://us.etrade.com/e/t/etws/authorize?key={consumer_key}&token={token}",
                ACCESS_TOKEN_URL, "https://api.etrade.com/oauth/access_token",
                ACCESS_TOKEN_METHOD, "GET",
                REDIRECT_URI, "oob",
                CALLBACK_CONFIRMED, "ignore");
        add("netsuite", Map.of(BASE_URL, "the account's REST web services domain, such as "
                + "https://1234567.suitetalk.api.netsuite.com (from Setup > Company > Company Information > Company URLs)",
                REALM, "the NetSuite account ID, such as 1234567 or 1234567_SB1"),
                SIGNATURE_METHOD, "HMAC-SHA256",
                API_BASE_URL, "{base-url}/services/rest/");
        add("woocommerce", Map.of(BASE_URL, "the store's URL, such as https://shop.example.com"),
                SIGNATURE_METHOD, "HMAC-SHA256",
                SIGNATURE_TYPE, "QUERY",
                OAUTH_VERSION, "omit",
                API_BASE_URL, "{base-url}/wp-json/wc/v3/");
        add("magento", Map.of(BASE_URL, "the store's base URL, such as https://shop.example.com"),
                SIGNATURE_METHOD, "HMAC-SHA256",
                API_BASE_URL, "{base-url}/rest/V1/");
        add("schoology", Map.of(), API_BASE_URL, "https://api.schoology.com/v1/",
                EMPTY_TOKEN, "true");
        add("mediawiki", Map.of(BASE_URL, "the wiki's index.php URL, such as https://en.wikipedia.org/w/index.php"),
                REQUEST_TOKEN_URL, "{base-url}?title=Special:OAuth/initiate",
                REQUEST_TOKEN_METHOD, "GET",
                AUTHORIZE_URL, "{base-url}?title=Special:OAuth/authorize&oauth_token={token}"
                        + "&oauth_consumer_key={consumer_key}",
                ACCESS_TOKEN_URL, "{base-url}?title=Special:OAuth/token",
                ACCESS_TOKEN_METHOD, "GET",
                REDIRECT_URI, "oob");
    }

    private ProviderPresets() {}

    private static void add(String id, Map<String, String> required, String... keysAndValues) {
        Map<String, String> defaults = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            defaults.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        PRESETS.put(id, new Preset(id, Map.copyOf(defaults), Map.copyOf(required)));
    }

    static Optional<Preset> find(String id) {
        return Optional.ofNullable(PRESETS.get(id));
    }

    /** The valid values of {@code provider}, sorted. */
    static List<String> ids() {
        return List.copyOf(PRESETS.keySet());
    }
}
