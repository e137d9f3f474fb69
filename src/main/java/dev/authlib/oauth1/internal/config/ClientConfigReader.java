package dev.authlib.oauth1.internal.config;

import static dev.authlib.oauth1.internal.config.ConfigKeys.*;

import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.CallbackConfirmedPolicy;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.signature.RsaKeys;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.PrivateKey;
import java.net.URI;
import java.time.Duration;

/** Reads and validates one client's configuration; every problem goes to {@link Problems}, naming its key. */
final class ClientConfigReader {
    private ClientConfigReader() {}

    /** @return the configuration, or {@code null} when there were problems (they are in the values' problems) */
    static ClientConfig read(ConfigValues values) {
        Problems problems = values.problems();
        int before = problems.count();
        String name = values.client();

        String clientId = values.get(CLIENT_ID).orElse(null);
        if (clientId == null) {
            problems.add(Messages.missing(values.key(CLIENT_ID), "the consumer key the provider gave you"));
        }
        SignatureMethod method = SignatureMethod.HMAC_SHA1;
        String methodText = values.get(SIGNATURE_METHOD).orElse(null);
        if (methodText != null) {
            try {
                method = SignatureMethod.fromWireName(methodText);
            } catch (IllegalArgumentException e) {
                problems.add(Messages.notOneOf(values.key(SIGNATURE_METHOD), methodText, SignatureMethod.validNames()));
            }
        }
        String secret = values.get(CLIENT_SECRET).orElse(null);
        if (secret == null && !method.isRsa()) {
            problems.addMissingSecret(Messages.missingSecret(values.key(CLIENT_SECRET), "for " + method.wireName(),
                    environmentName(name, CLIENT_SECRET)));
        }
        PrivateKey rsaKey = null;
        String rsaText = values.get(RSA_KEY).orElse(null);
        if (rsaText == null && method.isRsa()) {
            problems.addMissingSecret(Messages.missingSecret(values.key(RSA_KEY), "for " + method.wireName()
                    + ": a PEM private key, inline or as a file path", environmentName(name, RSA_KEY)));
        } else if (rsaText != null) {
            rsaKey = rsaKey(values, rsaText, values.get(RSA_KEY_PASSWORD).orElse(null));
        }
        URI requestTokenUrl = Values.url(values, REQUEST_TOKEN_URL, true);
        URI authorizeUrl = Values.url(values, AUTHORIZE_URL, true);
        URI accessTokenUrl = Values.url(values, ACCESS_TOKEN_URL, true);
        URI apiBaseUrl = Values.url(values, API_BASE_URL, false);
        if (apiBaseUrl != null && !apiBaseUrl.getRawPath().endsWith("/")) {
            apiBaseUrl = URI.create(apiBaseUrl + "/"); // relative paths resolve below it, as Authlib does
        }
        URI redirectUri = Values.url(values, REDIRECT_URI, false);
        SignatureType type = Values.enumValue(values, SIGNATURE_TYPE, SignatureType.class, SignatureType.HEADER);
        Duration connect = Values.duration(values, CONNECT_TIMEOUT, ClientConfig.DEFAULT_CONNECT_TIMEOUT);
        Duration read = Values.duration(values, READ_TIMEOUT, ClientConfig.DEFAULT_READ_TIMEOUT);
        String requestMethod = Values.httpMethod(values, REQUEST_TOKEN_METHOD);
        String accessMethod = Values.httpMethod(values, ACCESS_TOKEN_METHOD);
        CallbackConfirmedPolicy confirmed = Values.enumValue(values, CALLBACK_CONFIRMED,
                CallbackConfirmedPolicy.class, CallbackConfirmedPolicy.REQUIRE);
        if (problems.count() > before) {
            return null;
        }
        return new ClientConfig(name, clientId, secret, rsaKey, requestTokenUrl, values.map(REQUEST_TOKEN_PARAMS),
                authorizeUrl, values.map(AUTHORIZE_PARAMS), accessTokenUrl, values.map(ACCESS_TOKEN_PARAMS),
                apiBaseUrl, method, type, values.get(REALM).orElse(null), redirectUri, connect, read, requestMethod,
                accessMethod, confirmed, values.get(USER_AGENT).orElse(null));
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
        }
    }
}
