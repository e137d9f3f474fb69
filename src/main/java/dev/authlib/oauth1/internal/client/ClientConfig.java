package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import java.net.URI;
import java.security.PrivateKey;
import java.time.Duration;
import java.util.Map;

/**
 * The validated configuration of one client ({@code authlib.oauth.clients.<name>.*}). Immutable; {@link #toString()}
 * never shows the client secret or the RSA key.
 */
public record ClientConfig(
        String name,
        String clientId,
        String clientSecret,
        PrivateKey rsaKey,
        URI requestTokenUrl,
        Map<String, String> requestTokenParams,
        URI authorizeUrl,
        Map<String, String> authorizeParams,
        URI accessTokenUrl,
        Map<String, String> accessTokenParams,
        URI apiBaseUrl,
        SignatureMethod signatureMethod,
        SignatureType signatureType,
        String realm,
        URI redirectUri,
        Duration connectTimeout,
        Duration readTimeout,
        String requestTokenMethod,
        String accessTokenMethod,
        CallbackConfirmedPolicy callbackConfirmed,
        String userAgent) {

    /** Connect timeout when none is configured. */
    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    /** Read timeout when none is configured. */
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    public ClientConfig {
        requestTokenParams = Map.copyOf(requestTokenParams);
        authorizeParams = Map.copyOf(authorizeParams);
        accessTokenParams = Map.copyOf(accessTokenParams);
    }

    @Override
    public String toString() {
        return "ClientConfig[name=" + name + ", clientId=" + clientId + ", clientSecret="
                + (clientSecret == null ? "none" : "****") + ", rsaKey=" + (rsaKey == null ? "none" : "****")
                + ", requestTokenUrl=" + requestTokenUrl + ", authorizeUrl=" + authorizeUrl + ", accessTokenUrl="
                + accessTokenUrl + ", apiBaseUrl=" + apiBaseUrl + ", signatureMethod=" + signatureMethod.wireName()
                + ", signatureType=" + signatureType + "]";
    }
}
