package dev.authlib.oauth1.internal.cdi;

import java.util.Locale;
import java.util.function.UnaryOperator;

/** The configuration keys, kebab-case, with Authlib's snake_case spellings accepted as aliases. */
final class ConfigKeys {
    static final String PREFIX = "authlib.oauth.clients.";
    /** Explicit list of client names, for names that scanning cannot find (environment variables, dashes). */
    static final String CLIENT_NAMES = "authlib.oauth.client-names";

    static final String CLIENT_ID = "client-id";
    static final String CLIENT_SECRET = "client-secret";
    static final String REQUEST_TOKEN_URL = "request-token-url";
    static final String REQUEST_TOKEN_PARAMS = "request-token-params";
    static final String AUTHORIZE_URL = "authorize-url";
    static final String AUTHORIZE_PARAMS = "authorize-params";
    static final String ACCESS_TOKEN_URL = "access-token-url";
    static final String ACCESS_TOKEN_PARAMS = "access-token-params";
    static final String API_BASE_URL = "api-base-url";
    static final String SIGNATURE_METHOD = "signature-method";
    static final String SIGNATURE_TYPE = "signature-type";
    static final String REALM = "realm";
    static final String RSA_KEY = "rsa-key";
    static final String RSA_KEY_PASSWORD = "rsa-key-password";
    static final String REDIRECT_URI = "redirect-uri";
    static final String CONNECT_TIMEOUT = "connect-timeout";
    static final String READ_TIMEOUT = "read-timeout";
    static final String REQUEST_TOKEN_METHOD = "request-token-method";
    static final String ACCESS_TOKEN_METHOD = "access-token-method";
    static final String CALLBACK_CONFIRMED = "callback-confirmed";
    static final String USER_AGENT = "user-agent";

    /** Every key a client may have; a key outside this list (a typo) is reported. */
    static final String[] ALL = {
        CLIENT_ID, CLIENT_SECRET, REQUEST_TOKEN_URL, REQUEST_TOKEN_PARAMS, AUTHORIZE_URL, AUTHORIZE_PARAMS,
        ACCESS_TOKEN_URL, ACCESS_TOKEN_PARAMS, API_BASE_URL, SIGNATURE_METHOD, SIGNATURE_TYPE, REALM, RSA_KEY,
        RSA_KEY_PASSWORD, REDIRECT_URI, CONNECT_TIMEOUT, READ_TIMEOUT, REQUEST_TOKEN_METHOD, ACCESS_TOKEN_METHOD,
        CALLBACK_CONFIRMED, USER_AGENT
    };

    private ConfigKeys() {}

    /** Authlib's spelling of a key: {@code client_id} for {@code client-id}. */
    static String alias(String key) {
        return key.replace('-', '_');
    }

    static String full(String client, String key) {
        return PREFIX + client + "." + key;
    }

    /** The environment variable of a property (MicroProfile Config's mapping): {@code AUTHLIB_OAUTH_CLIENTS_X_CLIENT_ID}. */
    static String environmentName(String property) {
        StringBuilder sb = new StringBuilder(property.length());
        for (char c : property.toCharArray()) {
            sb.append(c < 128 && Character.isLetterOrDigit(c) ? Character.toUpperCase(c) : '_');
        }
        return sb.toString();
    }

    /**
     * Whether a listed property name is only the dotted spelling of an environment variable. OpenLiberty's MicroProfile
     * Config lists {@code AUTHLIB_OAUTH_CLIENTS_DEMO_CLIENT_SECRET} as {@code authlib.oauth.clients.demo.client.secret}:
     * the dashes are lost, so the name is neither a key ({@code client.secret}) nor, for a dashed client, its name.
     * Scans skip such names; the value is still read through the key's own name.
     */
    static boolean isEnvironmentSpelling(String property) {
        return isEnvironmentSpelling(property, System::getenv);
    }

    /** As {@link #isEnvironmentSpelling(String)}, with the environment given (for tests). */
    static boolean isEnvironmentSpelling(String property, UnaryOperator<String> environment) {
        String env = environmentName(property);
        return property.equals(env.toLowerCase(Locale.ROOT).replace('_', '.')) && environment.apply(env) != null;
    }
}
