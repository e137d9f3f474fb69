package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.PercentEncoding;
import java.net.URI;
import java.util.Map;

/**
 * The provider's authorization URL, possibly a template: most providers take {@code ?oauth_token=...} (RFC 5849
 * §2.2), some name it otherwise (E*TRADE: {@code https://us.etrade.com/e/t/etws/authorize?key={consumer_key}&token={token}}).
 * The placeholders {@code {token}} and {@code {consumer_key}} are replaced, percent-encoded; a URL without
 * {@code {token}} gets {@code oauth_token} appended.
 */
public final class AuthorizeUrl {
    /** The temporary credentials' token. */
    public static final String TOKEN = "{token}";
    /** The client identifier. */
    public static final String CONSUMER_KEY = "{consumer_key}";

    private final String template;

    private AuthorizeUrl(String template) {
        this.template = template;
    }

    /** @param template an absolute URL, with or without the placeholders (validated by the configuration) */
    public static AuthorizeUrl of(String template) {
        return new AuthorizeUrl(template);
    }

    /** Whether the provider takes the token in a parameter of its own rather than {@code oauth_token}. */
    public boolean hasTokenPlaceholder() {
        return template.contains(TOKEN);
    }

    /** The URL for these credentials, with the extra parameters appended. */
    URI resolve(String token, String consumerKey, Map<String, String> extra) {
        String url = template.replace(TOKEN, PercentEncoding.encode(token))
                .replace(CONSUMER_KEY, PercentEncoding.encode(consumerKey));
        Map<String, String> query = extra;
        if (!hasTokenPlaceholder()) {
            query = new java.util.LinkedHashMap<>();
            query.put("oauth_token", token);
            query.putAll(extra);
        }
        return FormBodies.withQuery(URI.create(url), query);
    }

    /** The URL as configured, for messages: without its query. */
    @Override
    public String toString() {
        int q = template.indexOf('?');
        return q < 0 ? template : template.substring(0, q);
    }
}
