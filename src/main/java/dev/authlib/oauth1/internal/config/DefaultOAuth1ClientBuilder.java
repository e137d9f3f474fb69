package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.CloseableOAuth1Client;
import dev.authlib.oauth1.OAuth1ClientBuilder;
import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.OAuth1TokenResolver;
import dev.authlib.oauth1.TemporaryCredentialStore;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.ClientConfig;
import dev.authlib.oauth1.internal.client.OAuth1ClientFactory;
import jakarta.ws.rs.client.ClientBuilder;
import java.security.PrivateKey;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@link OAuth1ClientBuilder} implementation: the settings become a {@link Settings} source keyed like the
 * configuration, read and validated by {@link ConfigScan#client}, and built by {@link OAuth1ClientFactory}, exactly
 * as the CDI beans are.
 */
public final class DefaultOAuth1ClientBuilder extends OAuth1ClientBuilder {
    private final String name;
    private final Map<String, String> settings = new LinkedHashMap<>();
    private PrivateKey rsaKey;
    private ClientBuilder http;
    private TemporaryCredentialStore store;
    private OAuth1TokenResolver resolver;

    /** Found by {@link java.util.ServiceLoader}. */
    public static final class Factory implements OAuth1ClientBuilder.Factory {
        @Override
        public OAuth1ClientBuilder newBuilder(String name) {
            return new DefaultOAuth1ClientBuilder(name);
        }
    }

    DefaultOAuth1ClientBuilder(String name) {
        if (name == null || !PropertyIndex.isValidName(name)) {
            throw new OAuth1ConfigurationException(List.of(Messages.invalidClientName(String.valueOf(name))));
        }
        this.name = name;
    }

    @Override
    public OAuth1ClientBuilder property(String key, String value) {
        if (value == null) {
            settings.remove(key);
        } else {
            settings.put(key, value);
        }
        return this;
    }

    @Override
    public OAuth1ClientBuilder rsaKey(PrivateKey key) {
        this.rsaKey = key;
        return this;
    }

    @Override
    public OAuth1ClientBuilder httpClient(ClientBuilder builder) {
        this.http = builder;
        return this;
    }

    @Override
    public OAuth1ClientBuilder temporaryCredentialStore(TemporaryCredentialStore credentialStore) {
        this.store = credentialStore;
        return this;
    }

    @Override
    public OAuth1ClientBuilder tokenResolver(OAuth1TokenResolver tokenResolver) {
        this.resolver = tokenResolver;
        return this;
    }

    @Override
    public CloseableOAuth1Client build() {
        ClientConfig config = ConfigScan.client(Settings.ofClient(name, settings), name, rsaKey);
        TemporaryCredentialStore s = store;
        OAuth1TokenResolver r = resolver;
        return OAuth1ClientFactory.create(config, http == null ? ClientBuilder.newBuilder() : http, () -> {
            if (s == null) {
                throw new OAuth1ConfigurationException(List.of(Messages.noStoreGiven()));
            }
            return s;
        }, () -> r);
    }

    /** Names the client and the keys set; never a value. */
    @Override
    public String toString() {
        return "OAuth1ClientBuilder[" + name + ", keys=" + settings.keySet() + "]";
    }
}
