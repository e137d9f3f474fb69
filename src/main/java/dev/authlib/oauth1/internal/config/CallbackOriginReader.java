package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.WEB_ALLOWED_HOSTS;
import static dev.authlib.oauth1.internal.config.ConfigKeys.WEB_PUBLIC_URL;

import dev.authlib.oauth1.internal.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads where the built-in login may build its callback from ({@code authlib.oauth.web.public-url},
 * {@code authlib.oauth.web.allowed-hosts}); every problem goes to {@link Problems}.
 */
final class CallbackOriginReader {
    private CallbackOriginReader() {}

    /** The application's public origin: {@code http(s)://host[:port]}, nothing else. */
    static Optional<URI> publicUrl(Settings config, Problems problems) {
        String text = StoreConfigReader.value(config, WEB_PUBLIC_URL);
        if (text == null) {
            return Optional.empty();
        }
        URI uri;
        try {
            uri = new URI(text);
        } catch (URISyntaxException e) {
            problems.add(Messages.notPublicUrl(WEB_PUBLIC_URL, "(unparsable)"));
            return Optional.empty();
        }
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        String path = uri.getRawPath() == null ? "" : uri.getRawPath();
        if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null || uri.getRawUserInfo() != null
                || uri.getRawQuery() != null || uri.getRawFragment() != null || !(path.isEmpty() || path.equals("/"))) {
            problems.add(Messages.notPublicUrl(WEB_PUBLIC_URL, Values.shown(uri)));
            return Optional.empty();
        }
        return Optional.of(URI.create(scheme + "://" + uri.getRawAuthority()));
    }

    /** {@code host} or {@code host:port} entries, lower-case. */
    static List<String> allowedHosts(Settings config, Problems problems) {
        String text = StoreConfigReader.value(config, WEB_ALLOWED_HOSTS);
        List<String> hosts = new ArrayList<>();
        if (text == null) {
            return hosts;
        }
        int entry = 0;
        for (String raw : text.split(",", -1)) {
            entry++;
            String h = raw.trim().toLowerCase(Locale.ROOT);
            if (isHostAndPort(h)) {
                hosts.add(h);
            } else {
                problems.add(Messages.notAllowedHost(WEB_ALLOWED_HOSTS, entry));
            }
        }
        return List.copyOf(hosts);
    }

    /** A DNS name, IPv4 address or bracketed IPv6 address, with an optional port 1-65535. */
    static boolean isHostAndPort(String text) {
        String host = text;
        int colon = text.lastIndexOf(':');
        int bracket = text.lastIndexOf(']');
        if (colon > bracket) {
            String port = text.substring(colon + 1);
            if (port.isEmpty() || port.length() > 5 || !port.chars().allMatch(c -> c >= '0' && c <= '9')
                    || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
                return false;
            }
            host = text.substring(0, colon);
        }
        if (host.startsWith("[")) {
            if (!host.endsWith("]") || host.length() < 4) {
                return false;
            }
            return host.substring(1, host.length() - 1).chars()
                    .allMatch(c -> c == ':' || c == '.' || Character.digit(c, 16) >= 0 && c < 0x80);
        }
        if (host.isEmpty() || host.length() > 253 || host.startsWith(".") || host.endsWith(".") || host.contains("..")) {
            return false;
        }
        for (String label : host.split("\\.")) {
            if (label.length() > 63 || label.startsWith("-") || label.endsWith("-")) {
                return false;
            }
            for (int i = 0; i < label.length(); i++) {
                char c = label.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) {
                    return false;
                }
            }
        }
        return true;
    }
}
