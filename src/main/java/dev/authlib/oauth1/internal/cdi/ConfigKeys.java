package dev.authlib.oauth1.internal.cdi;

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
}
