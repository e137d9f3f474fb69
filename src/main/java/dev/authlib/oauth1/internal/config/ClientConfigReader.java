package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.AuthorizeUrl;
import dev.authlib.oauth1.internal.client.CallbackConfirmedPolicy;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.signature.BodyHashAlgorithm;
import dev.authlib.oauth1.signature.RsaKeys;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads and validates one client's configuration; every problem goes to {@link Problems}, naming its key. A
 * {@code provider} preset fills the keys the configuration leaves out.
 */
final class ClientConfigReader {
    private ClientConfigReader() {}

    /**
     * @param rsaKeyObject an RSA key given in code, used when {@code rsa-key} is not set; or null
     * @return the configuration, or {@code null} when there were problems (they are in the values' problems)
     */
    static ClientConfig read(ConfigValues values, PrivateKey rsaKeyObject) {
        Problems problems = values.problems();
        int before = problems.count();
        String provider = preset(values);

        String clientId = values.get(CLIENT_ID).orElse(null);
        if (clientId == null) {
            problems.add(Messages.missing(values.key(CLIENT_ID), "the consumer key the provider gave you"));
        }
        SignatureMethod method = signatureMethod(values);
        ClientConfig.Credentials credentials = credentials(values, clientId, method, rsaKeyObject);
        ClientConfig.Login login = LoginReader.read(values);
        URI apiBaseUrl = Values.url(values, API_BASE_URL, false);
        if (apiBaseUrl != null && !apiBaseUrl.getRawPath().endsWith("/")) {
            apiBaseUrl = URI.create(apiBaseUrl + "/"); // relative paths resolve below it, as Authlib does
        }
        SignatureType type = Values.enumValue(values, SIGNATURE_TYPE, SignatureType.class, SignatureType.HEADER);
        ClientConfig.Signing signing = new ClientConfig.Signing(method, type, values.get(REALM).orElse(null),
                includeVersion(values), bodyHash(values, type));
        ClientConfig.Transport transport = new ClientConfig.Transport(
                Values.duration(values, CONNECT_TIMEOUT, ClientConfig.DEFAULT_CONNECT_TIMEOUT),
                Values.duration(values, READ_TIMEOUT, ClientConfig.DEFAULT_READ_TIMEOUT),
                Values.duration(values, CALL_TIMEOUT, ClientConfig.DEFAULT_CALL_TIMEOUT),
                values.get(USER_AGENT).orElse(null));
        if (problems.count() > before) {
            return null;
        }
        return new ClientConfig(values.client(), credentials, signing, login, apiBaseUrl, transport, provider);
    }

    /** Reads {@code provider} and {@code base-url}, and lends the preset's values to the keys left out. */
    private static String preset(ConfigValues values) {
        String provider = values.configured(PROVIDER).orElse(null);
        String baseText = values.configured(BASE_URL).orElse(null);
        URI baseUrl = baseText == null ? null : Values.url(values.problems(), values.key(BASE_URL), baseText);
        if (provider == null) {
            if (baseText != null) {
                values.problems().add(Messages.baseUrlWithoutPreset(values.key(BASE_URL)));
            }
            return null;
        }
        Optional<ProviderPresets.Preset> preset = ProviderPresets.find(provider);
        if (preset.isEmpty()) {
            values.problems().add(Messages.unknownProvider(values.key(PROVIDER), provider,
                    String.join(", ", ProviderPresets.ids())));
            return null;
        }
        new java.util.TreeMap<>(preset.get().required()).forEach((key, what) -> {
            if (values.configured(key).isEmpty()) {
                values.problems().add(Messages.missingForProvider(values.key(key), provider, what));
            }
        });
        if (baseText != null && !preset.get().needsBaseUrl()) {
            values.problems().add(Messages.baseUrlWithoutPreset(values.key(BASE_URL)));
        }
        values.defaults(preset.get().defaults(baseUrl == null ? null : baseUrl.toString()));
        return provider;
    }

    private static SignatureMethod signatureMethod(ConfigValues values) {
        String text = values.get(SIGNATURE_METHOD).orElse(null);
        if (text == null) {
            return SignatureMethod.HMAC_SHA1;
        }
        try {
            return SignatureMethod.fromWireName(text);
        } catch (IllegalArgumentException e) {
            values.problems().add(Messages.notOneOf(values.key(SIGNATURE_METHOD), text, SignatureMethod.validNames()));
            return SignatureMethod.HMAC_SHA1;
        }
    }

    private static ClientConfig.Credentials credentials(ConfigValues values, String clientId, SignatureMethod method,
            PrivateKey rsaKeyObject) {
        Problems problems = values.problems();
        String name = values.client();
        String secret = values.get(CLIENT_SECRET).orElse(null);
        if (secret == null && !method.isRsa()) {
            problems.addMissingSecret(Messages.missingSecret(values.key(CLIENT_SECRET), "for " + method.wireName(),
                    environmentName(name, CLIENT_SECRET)));
        }
        PrivateKey rsaKey = null;
        String rsaText = values.get(RSA_KEY).orElse(null);
        if (rsaText != null) {
            rsaKey = rsaKey(values, rsaText, values.get(RSA_KEY_PASSWORD).orElse(null));
        } else if (rsaKeyObject != null) {
            rsaKey = rsaKeyObject;
        } else if (method.isRsa()) {
            problems.addMissingSecret(Messages.missingSecret(values.key(RSA_KEY), "for " + method.wireName()
                    + ": a PEM private key, inline or as a file path", environmentName(name, RSA_KEY)));
        }
        String token = values.get(TOKEN).orElse(null);
        String tokenSecret = values.get(TOKEN_SECRET).orElse(null);
        if (token != null && tokenSecret == null) {
            problems.addMissingSecret(Messages.missingSecret(values.key(TOKEN_SECRET), "with " + TOKEN,
                    environmentName(name, TOKEN_SECRET)));
        } else if (token == null && tokenSecret != null) {
            problems.add(Messages.tokenWithoutOther(values.key(TOKEN_SECRET), values.key(TOKEN)));
        }
        boolean emptyToken = Values.bool(values, EMPTY_TOKEN, false);
        if (emptyToken && token != null) {
            problems.add(Messages.emptyTokenWithToken(values.key(EMPTY_TOKEN), values.key(TOKEN)));
        }
        return new ClientConfig.Credentials(clientId, secret, rsaKey, token, tokenSecret, emptyToken);
    }

    private static boolean includeVersion(ConfigValues values) {
        String text = values.get(OAUTH_VERSION).orElse("1.0");
        if (text.equals("1.0") || text.equalsIgnoreCase("omit")) {
            return text.equals("1.0");
        }
        values.problems().add(Messages.notOneOf(values.key(OAUTH_VERSION), text, "1.0, omit"));
        return true;
    }

    private static BodyHashAlgorithm bodyHash(ConfigValues values, SignatureType type) {
        String text = values.get(BODY_HASH).orElse("none");
        BodyHashAlgorithm hash;
        switch (text.toUpperCase(java.util.Locale.ROOT)) {
            case "NONE":
                return null;
            case "SHA-1":
                hash = BodyHashAlgorithm.SHA_1;
                break;
            case "SHA-256":
                hash = BodyHashAlgorithm.SHA_256;
                break;
            default:
                values.problems().add(Messages.notOneOf(values.key(BODY_HASH), text, "none, SHA-1, SHA-256"));
                return null;
        }
        if (type == SignatureType.BODY) {
            values.problems().add(Messages.bodyHashWithBodyPlacement(values.key(BODY_HASH), values.key(SIGNATURE_TYPE)));
        }
        return hash;
    }

    /** An inline PEM key, or the path of a file holding one; the value itself never appears in a message. */
    private static PrivateKey rsaKey(ConfigValues values, String value, String password) {
        String pem = value;
        if (!RsaKeys.isPem(value)) {
            try {
                pem = Files.readString(Path.of(value), StandardCharsets.US_ASCII);
            } catch (IOException | InvalidPathException | SecurityException e) {
                values.problems().add(Messages.rsaKeyUnreadable(values.key(RSA_KEY), e.getClass().getSimpleName()));
                return null;
            }
        }
        try {
            return RsaKeys.privateKey(pem, password == null ? null : password.toCharArray());
        } catch (IllegalArgumentException e) {
            values.problems().add(Messages.rsaKeyInvalid(values.key(RSA_KEY), e.getMessage()));
            return null;
        } catch (RuntimeException e) { // whatever a malformed key makes the parser throw, never echo the key
            values.problems().add(Messages.rsaKeyInvalid(values.key(RSA_KEY), "not a readable RSA private key ("
                    + e.getClass().getSimpleName() + ")"));
            return null;
        }
    }

    /** The three legs: all three URLs or none; the keys only logins use are refused on other clients. */
    static final class LoginReader {
        private LoginReader() {}

        static ClientConfig.Login read(ConfigValues values) {
            Problems problems = values.problems();
            boolean hasRequest = values.get(REQUEST_TOKEN_URL).isPresent();
            boolean hasAuthorize = values.get(AUTHORIZE_URL).isPresent();
            boolean hasAccess = values.get(ACCESS_TOKEN_URL).isPresent();
            if (!hasRequest && !hasAuthorize && !hasAccess) {
                for (String key : LOGIN_KEYS) {
                    if (values.configured(key).isPresent()) {
                        problems.add(Messages.loginKeyWithoutLogin(values.key(key)));
                    }
                }
                for (String key : LOGIN_MAP_KEYS) {
                    if (!values.map(key).isEmpty()) {
                        problems.add(Messages.loginKeyWithoutLogin(values.key(key) + ".*"));
                    }
                }
                return null;
            }
            if (!hasRequest || !hasAuthorize || !hasAccess) {
                List<String> missing = new ArrayList<>();
                for (String key : List.of(REQUEST_TOKEN_URL, AUTHORIZE_URL, ACCESS_TOKEN_URL)) {
                    if (values.get(key).isEmpty()) {
                        missing.add(key);
                    }
                }
                problems.add(Messages.partialLogin(values.client(), String.join(", ", missing)));
                return null;
            }
            URI requestTokenUrl = Values.url(values, REQUEST_TOKEN_URL, true);
            AuthorizeUrl authorizeUrl = authorizeUrl(values);
            URI accessTokenUrl = Values.url(values, ACCESS_TOKEN_URL, true);
            String redirectText = values.get(REDIRECT_URI).orElse(null);
            URI redirectUri = "oob".equals(redirectText) ? URI.create("oob") : Values.url(values, REDIRECT_URI, false);
            return new ClientConfig.Login(requestTokenUrl, values.map(REQUEST_TOKEN_PARAMS),
                    Values.httpMethod(values, REQUEST_TOKEN_METHOD), authorizeUrl, values.map(AUTHORIZE_PARAMS),
                    accessTokenUrl, values.map(ACCESS_TOKEN_PARAMS), Values.httpMethod(values, ACCESS_TOKEN_METHOD),
                    Values.enumValue(values, CALLBACK_CONFIRMED, CallbackConfirmedPolicy.class,
                            CallbackConfirmedPolicy.REQUIRE), redirectUri);
        }

        /** The URL, validated with its placeholders filled. */
        private static AuthorizeUrl authorizeUrl(ConfigValues values) {
            String text = values.get(AUTHORIZE_URL).orElseThrow();
            String filled = text.replace(AuthorizeUrl.TOKEN, "t").replace(AuthorizeUrl.CONSUMER_KEY, "k");
            int brace = filled.indexOf('{');
            if (brace >= 0) {
                int end = filled.indexOf('}', brace);
                values.problems().add(Messages.unknownPlaceholder(values.key(AUTHORIZE_URL),
                        end < 0 ? filled.substring(brace) : filled.substring(brace, end + 1)));
                return null;
            }
            return Values.url(values.problems(), values.key(AUTHORIZE_URL), filled) == null ? null
                    : AuthorizeUrl.of(text);
        }
    }
}
