package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import dev.authlib.oauth1.internal.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Optional;

/** Reads {@code authlib.oauth.web.*}; every problem goes to {@link Problems}. */
final class WebConfigReader {
    private WebConfigReader() {}

    static WebConfig read(Settings config, Problems problems) {
        boolean enabled = true;
        String enabledText = StoreConfigReader.value(config, WEB_ENABLED);
        if (enabledText != null) {
            String t = enabledText.toLowerCase(Locale.ROOT);
            if (t.equals("true") || t.equals("false")) {
                enabled = t.equals("true");
            } else {
                problems.add(Messages.notBoolean(WEB_ENABLED, enabledText));
            }
        }
        return new WebConfig(enabled, target(config, WEB_SUCCESS_URL, problems),
                target(config, WEB_FAILURE_URL, problems), CallbackOriginReader.publicUrl(config, problems),
                CallbackOriginReader.allowedHosts(config, problems));
    }

    /** A path on this server, or an absolute http(s) URL. */
    static Optional<String> target(Settings config, String key, Problems problems) {
        String text = StoreConfigReader.value(config, key);
        if (text == null) {
            return Optional.empty();
        }
        if (text.startsWith("/") && !text.startsWith("//") && !text.startsWith("/\\")) {
            try {
                new URI(text);
                return Optional.of(text);
            } catch (URISyntaxException e) {
                problems.add(Messages.notPathOrUrl(key, text));
                return Optional.empty();
            }
        }
        int before = problems.count();
        URI uri = null;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            // reported below
        }
        if (uri == null || !uri.isAbsolute() || uri.getHost() == null
                || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
            problems.add(Messages.notPathOrUrl(key, uri == null ? "(unparsable)" : Values.shown(uri)));
        }
        return problems.count() == before ? Optional.of(text) : Optional.empty();
    }
}
