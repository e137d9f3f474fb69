package dev.authlib.oauth1.internal.config;

import java.util.List;
import java.util.Locale;

/**
 * Every configuration key the library reads, in one place: the client keys (kebab-case, with Authlib's snake_case
 * spellings accepted as aliases) under {@code authlib.oauth.clients.<name>.}, and the library-wide keys under
 * {@code authlib.oauth.}. A key under {@code authlib.oauth.} that is not listed here is a configuration problem.
 */
public final class ConfigKeys {
    /** Everything the library reads starts with this. */
    public static final String ROOT = "authlib.oauth.";
    /** The client keys: {@code authlib.oauth.clients.<name>.<key>}. */
    public static final String PREFIX = ROOT + "clients.";

    // --- library-wide keys ---
    /** Explicit list of client names, for names that scanning cannot find (environment variables, dashes). */
    public static final String CLIENT_NAMES = ROOT + "client-names";
    public static final String STORE = ROOT + "store";
    public static final String STORE_TTL = STORE + ".ttl";
    public static final String STORE_MAX_PENDING = STORE + ".max-pending";
    public static final String COOKIE_KEYS = STORE + ".cookie.keys";
    public static final String JCACHE_CACHE_NAME = STORE + ".jcache.cache-name";
    public static final String JCACHE_PROVIDER = STORE + ".jcache.provider";
    public static final String JCACHE_URI = STORE + ".jcache.uri";
    /** The keys that sign the JCache store's browser ids (same form as the cookie keys). */
    public static final String JCACHE_KEYS = STORE + ".jcache.keys";
    /** A map key: {@code authlib.oauth.store.jcache.properties.<name>=<value>}. */
    public static final String JCACHE_PROPERTIES = STORE + ".jcache.properties";
    public static final String WEB_ENABLED = ROOT + "web.enabled";
    public static final String WEB_SUCCESS_URL = ROOT + "web.success-url";
    public static final String WEB_FAILURE_URL = ROOT + "web.failure-url";
    /** The application's public origin, which the built-in login builds {@code oauth_callback} from. */
    public static final String WEB_PUBLIC_URL = ROOT + "web.public-url";
    /** Hosts (and ports) a request may name for the built-in login to build its callback from. */
    public static final String WEB_ALLOWED_HOSTS = ROOT + "web.allowed-hosts";
    /** The login client whose callers become the application's authenticated callers ("Log in with X"). */
    public static final String SECURITY_CLIENT = ROOT + "security.client";
    /** The token-response field that names the caller. */
    public static final String SECURITY_CALLER_NAME = ROOT + "security.caller-name";
    /** A token-response field listing the caller's roles (groups). */
    public static final String SECURITY_ROLES_FIELD = ROOT + "security.roles-field";
    /** How long the Quarkus login session (a sealed cookie) lasts. */
    public static final String SECURITY_SESSION_TTL = ROOT + "security.session-ttl";
    /** Where the Quarkus logout route sends the browser. */
    public static final String SECURITY_LOGOUT_URL = ROOT + "security.logout-url";

    /** The library-wide keys that take one value. */
    static final List<String> LIBRARY_KEYS = List.of(CLIENT_NAMES, STORE, STORE_TTL, STORE_MAX_PENDING,
            COOKIE_KEYS, JCACHE_CACHE_NAME, JCACHE_PROVIDER, JCACHE_URI, JCACHE_KEYS, WEB_ENABLED, WEB_SUCCESS_URL,
            WEB_FAILURE_URL, WEB_PUBLIC_URL, WEB_ALLOWED_HOSTS, SECURITY_CLIENT, SECURITY_CALLER_NAME,
            SECURITY_ROLES_FIELD, SECURITY_SESSION_TTL, SECURITY_LOGOUT_URL);
    /** The library-wide keys that take sub-keys ({@code <key>.<name>=<value>}). */
    static final List<String> LIBRARY_MAP_KEYS = List.of(JCACHE_PROPERTIES);

    // --- client keys ---
    public static final String CLIENT_ID = "client-id";
    public static final String CLIENT_SECRET = "client-secret";
    public static final String REQUEST_TOKEN_URL = "request-token-url";
    public static final String REQUEST_TOKEN_PARAMS = "request-token-params";
    public static final String AUTHORIZE_URL = "authorize-url";
    public static final String AUTHORIZE_PARAMS = "authorize-params";
    public static final String ACCESS_TOKEN_URL = "access-token-url";
    public static final String ACCESS_TOKEN_PARAMS = "access-token-params";
    public static final String API_BASE_URL = "api-base-url";
    public static final String SIGNATURE_METHOD = "signature-method";
    public static final String SIGNATURE_TYPE = "signature-type";
    public static final String REALM = "realm";
    public static final String RSA_KEY = "rsa-key";
    public static final String RSA_KEY_PASSWORD = "rsa-key-password";
    public static final String REDIRECT_URI = "redirect-uri";
    public static final String CONNECT_TIMEOUT = "connect-timeout";
    public static final String READ_TIMEOUT = "read-timeout";
    public static final String REQUEST_TOKEN_METHOD = "request-token-method";
    public static final String ACCESS_TOKEN_METHOD = "access-token-method";
    public static final String CALLBACK_CONFIRMED = "callback-confirmed";
    public static final String USER_AGENT = "user-agent";
    public static final String TOKEN = "token";
    public static final String TOKEN_SECRET = "token-secret";
    public static final String EMPTY_TOKEN = "empty-token";
    public static final String OAUTH_VERSION = "oauth-version";
    public static final String BODY_HASH = "body-hash";
    public static final String PROVIDER = "provider";
    public static final String BASE_URL = "base-url";
    public static final String CALL_TIMEOUT = "call-timeout";

    /** The client keys that take one value; a key outside these lists (a typo) is reported. */
    static final List<String> CLIENT_KEYS = List.of(CLIENT_ID, CLIENT_SECRET, REQUEST_TOKEN_URL, AUTHORIZE_URL,
            ACCESS_TOKEN_URL, API_BASE_URL, SIGNATURE_METHOD, SIGNATURE_TYPE, REALM, RSA_KEY, RSA_KEY_PASSWORD,
            REDIRECT_URI, CONNECT_TIMEOUT, READ_TIMEOUT, REQUEST_TOKEN_METHOD, ACCESS_TOKEN_METHOD,
            CALLBACK_CONFIRMED, USER_AGENT, TOKEN, TOKEN_SECRET, EMPTY_TOKEN, OAUTH_VERSION, BODY_HASH, PROVIDER,
            BASE_URL, CALL_TIMEOUT);
    /** The client keys that take sub-keys: {@code request-token-params.scope=...}. */
    static final List<String> CLIENT_MAP_KEYS = List.of(REQUEST_TOKEN_PARAMS, AUTHORIZE_PARAMS,
            ACCESS_TOKEN_PARAMS);
    /** Keys whose values are secret: never echoed in a message, whatever they hold. */
    static final List<String> SECRET_CLIENT_KEYS = List.of(CLIENT_SECRET, RSA_KEY, RSA_KEY_PASSWORD, TOKEN_SECRET);
    /** Keys only a login client (the three token URLs) uses. */
    static final List<String> LOGIN_KEYS = List.of(REQUEST_TOKEN_METHOD, ACCESS_TOKEN_METHOD, CALLBACK_CONFIRMED,
            REDIRECT_URI);
    /** Map keys only a login client uses. */
    static final List<String> LOGIN_MAP_KEYS = List.of(REQUEST_TOKEN_PARAMS, AUTHORIZE_PARAMS, ACCESS_TOKEN_PARAMS);

    private ConfigKeys() {}

    /** Authlib's spelling of a key: {@code client_id} for {@code client-id}. */
    public static String alias(String key) {
        return key.replace('-', '_');
    }

    /** The full name of a client key: {@code authlib.oauth.clients.<client>.<key>}. */
    public static String full(String client, String key) {
        return PREFIX + client + "." + key;
    }

    /** The environment variable of a property (MicroProfile Config's mapping): {@code AUTHLIB_OAUTH_CLIENTS_X_CLIENT_ID}. */
    public static String environmentName(String property) {
        StringBuilder sb = new StringBuilder(property.length());
        for (int i = 0; i < property.length(); i++) {
            char c = property.charAt(i);
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return sb.toString();
    }

    /** The environment variable of a client key, as messages suggest it for secrets. */
    public static String environmentName(String client, String key) {
        return environmentName(full(client, key));
    }

    /** @return the canonical (kebab-case) client key that {@code text} spells (kebab or snake), or {@code null} */
    static String clientKey(String text) {
        String kebab = text.replace('_', '-').toLowerCase(Locale.ROOT);
        return CLIENT_KEYS.contains(kebab) && (text.equals(kebab) || text.equals(alias(kebab))) ? kebab : null;
    }

    /** @return the canonical client map key that {@code text} spells (kebab or snake), or {@code null} */
    static String clientMapKey(String text) {
        String kebab = text.replace('_', '-').toLowerCase(Locale.ROOT);
        return CLIENT_MAP_KEYS.contains(kebab) && (text.equals(kebab) || text.equals(alias(kebab))) ? kebab : null;
    }
}
