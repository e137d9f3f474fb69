package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.authlib.oauth1.TemporaryCredentials;
import dev.authlib.oauth1.internal.client.TestClients.Config;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The URI the user is sent to (RFC 5849 §2.2): the configured query kept, every added parameter encoded. */
class AuthorizationUriTest {
    private final Fixture fixture = new Fixture();

    @AfterEach
    void stop() {
        fixture.close();
    }

    private Config config(String authorizeUrl) {
        return fixture.config().authorizeUrl(authorizeUrl);
    }

    @Test
    void plainAuthorizeUrl_getsTheToken() {
        URI uri = config("https://p.example/oauth/authorize").build().authorizationUri(TEMPORARY, Map.of());

        assertEquals("https://p.example/oauth/authorize?oauth_token=temp-token-1", uri.toString());
    }

    @Test
    void existingQuery_isKept() {
        URI uri = config("https://p.example/oauth/authorize?force_login=true&lang=en").build()
                .authorizationUri(TEMPORARY, Map.of());

        assertEquals("https://p.example/oauth/authorize?force_login=true&lang=en&oauth_token=temp-token-1",
                uri.toString());
    }

    @Test
    void configuredAndExtraParameters_arePercentEncoded_extrasWinning() {
        Config config = config("https://p.example/authorize?a=1");
        config.authorizeParams.put("screen_name", "configured");
        config.authorizeParams.put("perms", "read write");
        Map<String, String> extra = new LinkedHashMap<>();
        extra.put("screen_name", "a b/ü&=+");
        extra.put("redirect", "https://app.example/x?y=z#f");

        URI uri = config.build().authorizationUri(TEMPORARY, extra);

        String query = uri.getRawQuery();
        assertEquals("https://p.example/authorize", uri.toString().substring(0, uri.toString().indexOf('?')));
        assertEquals(null, uri.getRawFragment());
        assertEquals(Map.of("a", "1", "oauth_token", "temp-token-1", "screen_name", "a b/ü&=+", "perms",
                "read write", "redirect", "https://app.example/x?y=z#f"), decode(query));
        assertEquals(true, query.contains("screen_name=a%20b%2F%C3%BC%26%3D%2B"), query);
        assertEquals(true, query.contains("perms=read%20write"), query);
    }

    @Test
    void tokenWithReservedCharacters_isEncoded() {
        TemporaryCredentials t = new TemporaryCredentials("a+b/c=", "s", true, Map.of());

        URI uri = config("https://p.example/authorize").build().authorizationUri(t, Map.of());

        assertEquals("oauth_token=a%2Bb%2Fc%3D", uri.getRawQuery());
    }

    @Test
    void fragmentOfTheAuthorizeUrl_staysLast() {
        URI uri = config("https://p.example/authorize?a=1#top").build().authorizationUri(TEMPORARY, Map.of());

        assertEquals("https://p.example/authorize?a=1&oauth_token=temp-token-1#top", uri.toString());
    }

    private static Map<String, String> decode(String query) {
        Map<String, String> out = new LinkedHashMap<>();
        FormBodies.parse(query).forEach((k, v) -> out.put(k, v.get(0)));
        return out;
    }

    @Test
    void providerWithItsOwnParameterNames_fillsThePlaceholders_insteadOfOauthToken() {
        // E*TRADE: https://us.etrade.com/e/t/etws/authorize?key={consumer_key}&token={token}
        URI uri = config("https://us.etrade.example/e/t/etws/authorize?key={consumer_key}&token={token}").build()
                .authorizationUri(new TemporaryCredentials("t/1+=", "s", true, Map.of()), Map.of());

        assertEquals("https://us.etrade.example/e/t/etws/authorize?key=client-id-1&token=t%2F1%2B%3D", uri.toString());
    }

    @Test
    void placeholdersAndExtraParameters_together() {
        // MediaWiki: index.php?title=Special:OAuth/authorize&oauth_token={token}&oauth_consumer_key={consumer_key}
        URI uri = config("https://wiki.example/w/index.php?title=Special:OAuth/authorize&oauth_token={token}"
                + "&oauth_consumer_key={consumer_key}").build().authorizationUri(TEMPORARY, Map.of("lang", "de"));

        assertEquals("https://wiki.example/w/index.php?title=Special:OAuth/authorize&oauth_token=temp-token-1"
                + "&oauth_consumer_key=client-id-1&lang=de", uri.toString());
    }
}
