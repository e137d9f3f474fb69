package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.internal.Messages;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Typed values of one client's keys, each problem naming its key; URLs are echoed without query and user-info. */
final class Values {
    private Values() {}

    /** An absolute http(s) URL, or null (a problem if it is required). */
    static URI url(ConfigValues values, String key, boolean required) {
        String text = values.get(key).orElse(null);
        if (text == null) {
            if (required) {
                values.problems().add(Messages.missing(values.key(key), "an absolute http or https URL"));
            }
            return null;
        }
        return url(values.problems(), values.key(key), text);
    }

    /** {@code text} as an absolute http(s) URL, or null after reporting why not. */
    static URI url(Problems problems, String fullKey, String text) {
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                problems.add(Messages.notHttpUrl(fullKey, shown(uri)));
                return null;
            }
            return uri;
        } catch (URISyntaxException e) {
            problems.add(Messages.invalidUrl(fullKey, e.getReason()));
            return null;
        }
    }

    /** A URL as it may appear in a message: no user-info, no query, no fragment. */
    static String shown(URI uri) {
        if (uri.isOpaque()) {
            return uri.getScheme() + ":...";
        }
        StringBuilder sb = new StringBuilder();
        if (uri.getScheme() != null) {
            sb.append(uri.getScheme()).append("://");
        }
        if (uri.getHost() != null) {
            sb.append(uri.getHost());
            if (uri.getPort() >= 0) {
                sb.append(':').append(uri.getPort());
            }
        }
        if (uri.getRawPath() != null) {
            sb.append(uri.getRawPath());
        }
        if (uri.getRawQuery() != null) {
            sb.append("?...");
        }
        return sb.toString();
    }

    static <E extends Enum<E>> E enumValue(ConfigValues values, String key, Class<E> type, E defaultValue) {
        String text = values.get(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        try {
            return Enum.valueOf(type, text.trim().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException e) {
            boolean upper = text.equals(text.toUpperCase(Locale.ROOT));
            String valid = Arrays.stream(type.getEnumConstants())
                    .map(c -> upper ? c.name() : c.name().toLowerCase(Locale.ROOT))
                    .collect(Collectors.joining(", "));
            values.problems().add(Messages.notOneOf(values.key(key), text, valid));
            return defaultValue;
        }
    }

    static Duration duration(ConfigValues values, String key, Duration defaultValue) {
        String text = values.get(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        Duration d = parseDuration(text);
        if (d == null) {
            values.problems().add(Messages.notDuration(values.key(key), text));
            return defaultValue;
        }
        return d;
    }

    /** ISO-8601 ({@code PT10S}) or milliseconds; null unless positive. */
    static Duration parseDuration(String text) {
        Duration d = null;
        try {
            d = !text.isEmpty() && text.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text))
                    : Duration.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            return null;
        }
        return d.isNegative() || d.isZero() ? null : d;
    }

    static boolean bool(ConfigValues values, String key, boolean defaultValue) {
        String text = values.get(key).orElse(null);
        if (text == null) {
            return defaultValue;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return text.equalsIgnoreCase("true");
        }
        values.problems().add(Messages.notBoolean(values.key(key), text));
        return defaultValue;
    }

    static String httpMethod(ConfigValues values, String key) {
        String text = values.get(key).orElse("POST").toUpperCase(Locale.ROOT);
        if (!text.equals("POST") && !text.equals("GET")) {
            values.problems().add(Messages.notOneOf(values.key(key), text, "POST, GET"));
            return "POST";
        }
        return text;
    }
}
