package dev.authlib.oauth1.it.flow;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.it.browser.Browser;
import java.net.URI;
import java.net.URLDecoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the user does at the provider: the consent page's buttons, or its {@code auto=approve|deny} shortcut. */
final class ProviderPages {
    private static final Pattern FORM_ACTION = Pattern.compile("<form method=\"post\" action=\"([^\"]+)\">");

    private ProviderPages() {}

    /** Opens the consent page, clicks Approve: the provider's 302 to the application's callback. */
    static URI clickApprove(Browser browser, URI authorize) {
        return click(browser, authorize, "yes");
    }

    /** Opens the consent page, clicks Deny: the provider's 302 to the callback with the denial. */
    static URI clickDeny(Browser browser, URI authorize) {
        return click(browser, authorize, "no");
    }

    /** Approves without the page ({@code auto=approve}): the provider's 302 to the callback. */
    static URI approve(Browser browser, URI authorize) {
        return Browser.redirect(browser.get(URI.create(authorize + "&auto=approve")), 302);
    }

    /** The value of one query parameter of a URI (the first), decoded. */
    static String query(URI uri, String name) {
        for (String pair : uri.getRawQuery().split("&")) {
            int eq = pair.indexOf('=');
            if (URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8).equals(name)) {
                return URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            }
        }
        throw new AssertionError("no " + name + " in " + uri);
    }

    private static URI click(Browser browser, URI authorize, String confirm) {
        HttpResponse<String> page = browser.get(authorize);
        assertEquals(200, page.statusCode(), page::body);
        assertTrue(page.body().contains("id=\"approve\"") && page.body().contains("id=\"deny\""), page::body);
        Matcher action = FORM_ACTION.matcher(page.body());
        assertTrue(action.find(), page::body);
        URI post = authorize.resolve(action.group(1).replace("&amp;", "&"));
        return Browser.redirect(browser.postForm(post, "confirm=" + confirm), 302);
    }
}
