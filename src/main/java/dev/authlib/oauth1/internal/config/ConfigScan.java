package dev.authlib.oauth1.internal.config;

import dev.authlib.oauth1.OAuth1ConfigurationException;
import dev.authlib.oauth1.internal.Messages;
import dev.authlib.oauth1.internal.client.ClientConfig;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.eclipse.microprofile.config.Config;

/**
 * The whole configuration read and validated in one pass, as both CDI extensions do at deployment: every client,
 * the store and web settings, and every problem (unknown keys included), to be reported together.
 */
public final class ConfigScan {
    private final Set<String> names;
    private final Map<String, ClientConfig> clients;
    private final StoreConfig store;
    private final WebConfig web;
    private final SecurityConfig security;
    private final Problems problems;

    private ConfigScan(Set<String> names, Map<String, ClientConfig> clients, StoreConfig store, WebConfig web,
            SecurityConfig security, Problems problems) {
        this.names = names;
        this.clients = clients;
        this.store = store;
        this.web = web;
        this.security = security;
        this.problems = problems;
    }

    /** Reads and validates everything under {@code authlib.oauth.}. */
    public static ConfigScan of(Config config) {
        return of(Settings.of(config));
    }

    /** Reads and validates everything under {@code authlib.oauth.} that {@code settings} holds. */
    public static ConfigScan of(Settings settings) {
        Problems problems = new Problems();
        PropertyIndex index = PropertyIndex.of(settings, problems);
        Map<String, ClientConfig> clients = new LinkedHashMap<>();
        for (String name : index.names()) {
            ClientConfig c = ClientConfigReader.read(new ConfigValues(settings, name, index, problems), null);
            if (c != null) {
                clients.put(name, c);
            }
        }
        StoreConfig store = StoreConfigReader.read(settings, problems);
        WebConfig web = WebConfigReader.read(settings, problems);
        SecurityConfig security = SecurityConfigReader.read(settings, index.names(), clients, problems);
        return new ConfigScan(Collections.unmodifiableSet(index.names()), Collections.unmodifiableMap(clients), store,
                web, security, problems);
    }

    /**
     * One client's configuration, validated in full, for creating it at run time.
     *
     * @throws OAuth1ConfigurationException naming every problem of that client
     */
    public static ClientConfig client(Config config, String name) {
        return client(Settings.of(config), name, null);
    }

    /**
     * One client's configuration from any settings (MicroProfile Config, code, or one over the other), validated in
     * full with the same rules and messages as at deployment: unknown keys of this client included.
     *
     * @param rsaKey an RSA key given as an object (in code), used when {@code rsa-key} is not set; or null
     * @throws OAuth1ConfigurationException naming every problem of that client
     */
    public static ClientConfig client(Settings settings, String name, PrivateKey rsaKey) {
        Problems all = new Problems();
        PropertyIndex index = PropertyIndex.of(settings, all);
        Problems problems = new Problems();
        String own = " " + ConfigKeys.full(name, "");
        for (String p : all.all(true)) {
            if (p.contains(own)) {
                problems.add(p); // this client's unknown keys; the others' were reported at deployment
            }
        }
        ClientConfig c = ClientConfigReader.read(new ConfigValues(settings, name, index, problems), rsaKey);
        if (c == null || !problems.isEmpty(true)) {
            throw new OAuth1ConfigurationException(problems.all(true));
        }
        return c;
    }

    /**
     * The store settings, validated.
     *
     * @throws OAuth1ConfigurationException if they are invalid (deployment has reported it already)
     */
    public static StoreConfig store(Config config) {
        Problems problems = new Problems();
        StoreConfig store = StoreConfigReader.read(Settings.of(config), problems);
        throwIfAny(problems);
        return store;
    }

    /**
     * The web settings, validated.
     *
     * @throws OAuth1ConfigurationException if they are invalid (deployment has reported it already)
     */
    public static WebConfig web(Config config) {
        Problems problems = new Problems();
        WebConfig web = WebConfigReader.read(Settings.of(config), problems);
        throwIfAny(problems);
        return web;
    }

    /**
     * The settings of "Log in with X" ({@code authlib.oauth.security.*}), validated against the configured clients.
     *
     * @throws OAuth1ConfigurationException if they are invalid (deployment has reported it already)
     */
    public static SecurityConfig security(Config config) {
        Settings settings = Settings.of(config);
        Problems problems = new Problems();
        Problems ignored = new Problems(); // the clients' own problems: reported by their own beans
        PropertyIndex index = PropertyIndex.of(settings, ignored);
        Map<String, ClientConfig> clients = new LinkedHashMap<>();
        Optional<String> client = settings.value(ConfigKeys.SECURITY_CLIENT).map(String::trim);
        client.filter(index.names()::contains).ifPresent(name -> {
            ClientConfig c = ClientConfigReader.read(new ConfigValues(settings, name, index, ignored), null);
            if (c != null) {
                clients.put(name, c); // only the kind of this one client matters here
            }
        });
        SecurityConfig security = SecurityConfigReader.read(settings, index.names(), clients, problems);
        throwIfAny(problems);
        return security;
    }

    /**
     * The server keys of {@code authlib.oauth.store.cookie.keys}, whatever the store: the Quarkus login session
     * ({@code authlib.oauth.security.client}) is sealed with them too.
     *
     * @throws OAuth1ConfigurationException if they are missing or invalid, naming the key
     */
    public static Map<String, byte[]> sessionKeys(Config config) {
        Problems problems = new Problems();
        Map<String, byte[]> keys = CookieKeys.parse(StoreConfigReader.value(Settings.of(config),
                ConfigKeys.COOKIE_KEYS), problems);
        if (keys.isEmpty() && problems.isEmpty(false)) {
            throw new OAuth1ConfigurationException(List.of(Messages.sessionKeysMissing(ConfigKeys.COOKIE_KEYS,
                    ConfigKeys.SECURITY_CLIENT)));
        }
        throwIfAny(problems);
        return keys;
    }

    /** Whether {@code name} can name a client: letters, digits, '-' and '_', at most 64 characters. */
    public static boolean isValidClientName(String name) {
        return PropertyIndex.isValidName(name);
    }

    /** The names of the clients the configuration has now, found without validating anything. */
    public static Set<String> clientNames(Config config) {
        return PropertyIndex.of(Settings.of(config), new Problems()).names();
    }

    /**
     * What the configuration holds that looks like client {@code name} misspelled: configured client names near it,
     * and property names that mention it outside its own prefix ({@code authlib.oauth.client.demo.client-id}).
     */
    public static List<String> nearMatches(Config config, String name) {
        List<String> found = new ArrayList<>();
        for (String n : clientNames(config)) {
            if (!n.equals(name) && (n.equalsIgnoreCase(name) || KeySuggestions.distance(n, name) <= 2)) {
                found.add(ConfigKeys.PREFIX + n + ".*");
            }
        }
        String own = ConfigKeys.PREFIX + name + ".";
        for (String property : config.getPropertyNames()) {
            if (property.startsWith(ConfigKeys.ROOT) && !property.startsWith(own)
                    && property.contains("." + name + ".") && found.size() < 10) {
                found.add(property);
            }
        }
        return found;
    }

    /** The names of every client found, valid or not (at build time, those lacking only a secret). */
    public Set<String> names() {
        return names;
    }

    /** The clients whose configuration is complete, by name. */
    public Map<String, ClientConfig> clients() {
        return clients;
    }

    public StoreConfig store() {
        return store;
    }

    public WebConfig web() {
        return web;
    }

    public SecurityConfig security() {
        return security;
    }

    /** @return every problem found; with {@code includeSecrets}, missing secrets too */
    public List<String> problems(boolean includeSecrets) {
        return problems.all(includeSecrets);
    }

    /** @return the problems as one exception, or null if there are none */
    public OAuth1ConfigurationException failure(boolean includeSecrets) {
        return problems.isEmpty(includeSecrets) ? null : new OAuth1ConfigurationException(problems.all(includeSecrets));
    }

    private static void throwIfAny(Problems problems) {
        if (!problems.isEmpty(true)) {
            throw new OAuth1ConfigurationException(problems.all(true));
        }
    }
}
