package dev.authlib.oauth1.internal.cdi;

import static dev.authlib.oauth1.internal.cdi.ConfigKeys.*;

import dev.authlib.oauth1.internal.client.CallbackConfirmedPolicy;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.signature.RsaKeys;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.Config;

/** Reads and validates one client's configuration; every problem goes to {@link Problems}, naming its key. */
final class ClientConfigReader {
    private static final Set<String> KNOWN = new TreeSet<>(Arrays.asList(ALL));

    private ClientConfigReader() {}

    /** @return the configuration, or {@code null} when there were problems (they are in {@code problems}) */
    static ClientConfig read(Config config, String name, Problems problems) {
        return read(config, name, ClientNames.propertiesOf(config, name), problems);
    }

    /**
     * @param properties the names of this client's properties, as {@link ClientNames#propertiesByClient} grouped them
     * @return the configuration, or {@code null} when there were problems (they are in {@code problems})
     */
    static ClientConfig read(Config config, String name, List<String> properties, Problems problems) {
        int before = problems.all(true).size();
        ConfigSource src = new ConfigSource(config, name, properties, problems);
        reportUnknownKeys(name, properties, problems);

        String clientId = src.get(CLIENT_ID).orElse(null);
        if (clientId == null) {
            problems.add(name, CLIENT_ID, "missing, required (the consumer key the provider gave you)");
        }
        SignatureMethod method = SignatureMethod.HMAC_SHA1;
        String methodText = src.get(SIGNATURE_METHOD).orElse(null);
        if (methodText != null) {
            try {
                method = SignatureMethod.fromWireName(methodText);
            } catch (IllegalArgumentException e) {
                problems.add(name, SIGNATURE_METHOD, e.getMessage());
            }
        }
        String secret = src.get(CLIENT_SECRET).orElse(null);
        if (secret == null && !method.isRsa()) {
            problems.addMissingSecret(name, CLIENT_SECRET, "missing, required for " + method.wireName()
                    + " (keep it out of files: set the environment variable " + envName(name, CLIENT_SECRET) + ")");
        }
        PrivateKey rsaKey = null;
        String rsaText = src.get(RSA_KEY).orElse(null);
        if (rsaText == null && method.isRsa()) {
            problems.addMissingSecret(name, RSA_KEY, "missing, required for " + method.wireName()
                    + " (a PEM private key, inline or as a file path)");
        } else if (rsaText != null) {
            rsaKey = rsaKey(name, rsaText, src.get(RSA_KEY_PASSWORD).orElse(null), problems);
        }
        URI requestTokenUrl = url(src, name, REQUEST_TOKEN_URL, true, problems);
        URI authorizeUrl = url(src, name, AUTHORIZE_URL, true, problems);
        URI accessTokenUrl = url(src, name, ACCESS_TOKEN_URL, true, problems);
        URI apiBaseUrl = url(src, name, API_BASE_URL, false, problems);
        if (apiBaseUrl != null && !apiBaseUrl.getRawPath().endsWith("/")) {
            apiBaseUrl = URI.create(apiBaseUrl + "/"); // relative paths resolve below it, as Authlib does
        }
        URI redirectUri = url(src, name, REDIRECT_URI, false, problems);
        SignatureType type = enumValue(src, name, SIGNATURE_TYPE, SignatureType.HEADER, problems);
        Duration connect = duration(src, name, CONNECT_TIMEOUT, ClientConfig.DEFAULT_CONNECT_TIMEOUT, problems);
        Duration read = duration(src, name, READ_TIMEOUT, ClientConfig.DEFAULT_READ_TIMEOUT, problems);
        String requestMethod = httpMethod(src, name, REQUEST_TOKEN_METHOD, problems);
        String accessMethod = httpMethod(src, name, ACCESS_TOKEN_METHOD, problems);
        CallbackConfirmedPolicy confirmed = CallbackConfirmedPolicy.REQUIRE;
        String confirmedText = src.get(CALLBACK_CONFIRMED).orElse(null);
        if (confirmedText != null) {
            try {
                confirmed = CallbackConfirmedPolicy.parse(confirmedText);
            } catch (IllegalArgumentException e) {
                problems.add(name, CALLBACK_CONFIRMED, e.getMessage());
            }
        }
        if (problems.all(true).size() > before) {
            return null;
        }
        return new ClientConfig(name, clientId, secret, rsaKey, requestTokenUrl, src.map(REQUEST_TOKEN_PARAMS),
                authorizeUrl, src.map(AUTHORIZE_PARAMS), accessTokenUrl, src.map(ACCESS_TOKEN_PARAMS), apiBaseUrl,
                method, type, src.get(REALM).orElse(null), redirectUri, connect, read, requestMethod, accessMethod,
                confirmed, src.get(USER_AGENT).orElse(null));
    }

    static String envName(String client, String key) {
        return environmentName(ConfigKeys.full(client, key));
    }

    private static void reportUnknownKeys(String name, List<String> properties, Problems problems) {
        String prefix = ConfigKeys.full(name, "");
        for (String property : properties) { // already without environment spellings (ClientNames)
            if (!property.startsWith(prefix)) {
                continue;
            }
            String rest = property.substring(prefix.length());
            int dot = rest.indexOf('.');
            String key = (dot < 0 ? rest : rest.substring(0, dot)).replace('_', '-');
            boolean mapKey = key.endsWith("-params");
            if (!KNOWN.contains(key) || (dot >= 0 && !mapKey) || (dot < 0 && mapKey)) {
                problems.add(name, rest, "unknown key; valid keys are " + String.join(", ", KNOWN)
                        + " (the *-params keys take a parameter name: request-token-params.scope=...)");
            }
        }
    }

    private static PrivateKey rsaKey(String name, String value, String password, Problems problems) {
        String pem = value;
        if (!RsaKeys.isPem(value)) {
            try {
                pem = Files.readString(Path.of(value), StandardCharsets.US_ASCII);
            } catch (IOException | RuntimeException e) {
                problems.add(name, RSA_KEY, "is neither inline PEM nor a readable file: cannot read '" + value
                        + "' (" + e.getClass().getSimpleName() + ")");
                return null;
            }
        }
        try {
            return RsaKeys.privateKey(pem, password == null ? null : password.toCharArray());
        } catch (IllegalArgumentException e) {
            problems.add(name, RSA_KEY, e.getMessage());
            return null;
        }
    }

    private static URI url(ConfigSource src, String name, String key, boolean required, Problems problems) {
        String text = src.get(key).orElse(null);
        if (text == null) {
            if (required) {
                problems.add(name, key, "missing, required (an absolute http or https URL)");
            }
            return null;
        }
        try {
            URI uri = new URI(text);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!uri.isAbsolute() || uri.getHost() == null || !(scheme.equals("http") || scheme.equals("https"))) {
                problems.add(name, key, "'" + text + "' is not an absolute http or https URL");
                return null;
            }
            return uri;
        } catch (java.net.URISyntaxException e) {
            problems.add(name, key, "'" + text + "' is not a valid URL (" + e.getReason() + ")");
            return null;
        }
    }

    private static SignatureType enumValue(ConfigSource src, String name, String key, SignatureType def,
            Problems problems) {
        String text = src.get(key).orElse(null);
        if (text == null) {
            return def;
        }
        try {
            return SignatureType.valueOf(text.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            problems.add(name, key, "'" + text + "' is not one of HEADER, QUERY, BODY");
            return def;
        }
    }

    private static Duration duration(ConfigSource src, String name, String key, Duration def, Problems problems) {
        String text = src.get(key).orElse(null);
        if (text == null) {
            return def;
        }
        Duration d = null;
        try {
            d = text.chars().allMatch(Character::isDigit) ? Duration.ofMillis(Long.parseLong(text)) : Duration.parse(text);
        } catch (DateTimeParseException | NumberFormatException e) {
            // reported below
        }
        if (d == null || d.isNegative() || d.isZero()) {
            problems.add(name, key, "'" + text + "' is not a positive duration (ISO-8601 such as PT10S, or milliseconds)");
            return def;
        }
        return d;
    }

    private static String httpMethod(ConfigSource src, String name, String key, Problems problems) {
        String text = src.get(key).orElse("POST").toUpperCase(Locale.ROOT);
        if (!text.equals("POST") && !text.equals("GET")) {
            problems.add(name, key, "'" + text + "' is not one of POST, GET");
            return "POST";
        }
        return text;
    }
}
