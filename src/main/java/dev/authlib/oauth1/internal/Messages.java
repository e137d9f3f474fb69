package dev.authlib.oauth1.internal;

import java.util.Collection;

/**
 * Every message the library gives about its configuration, in one place, each starting with a stable id a user can
 * search for ({@code AUTHJ1001: ...}; {@code docs/MESSAGES.md} lists them). Ids are never reused: a message whose
 * meaning changes gets a new one.
 *
 * <p>Ranges: {@code AUTHJ1xxx} client keys, {@code AUTHJ11xx} names and unknown keys, {@code AUTHJ12xx} the
 * library-wide keys, {@code AUTHJ2xxx} stores at run time, {@code AUTHJ3xxx} clients at run time,
 * {@code AUTHJ40xx} the built-in routes, {@code AUTHJ50xx} "Log in with X" as the application's authentication at
 * deployment, {@code AUTHJ51xx} the same at run time, {@code AUTHJ6xxx} typed REST clients and clients signed by
 * {@code signingFeature()}.
 *
 * <p>No message echoes the value of a secret key; URLs are echoed without query and user-info.
 *
 * <p>One class although it is long: it is the catalogue, a list of short factories in id order that
 * {@code docs/MESSAGES.md} mirrors, with no logic of its own. Split by range, a message would have several places
 * to be looked for, and an id several places to be reused from.
 */
public final class Messages {
    private Messages() {}

    private static String id(int id, String text) {
        return "AUTHJ" + id + ": " + text;
    }

    // --- client keys: AUTHJ1000-1099 ---

    /** A required key is missing. */
    public static String missing(String key, String what) {
        return id(1001, key + ": missing, required (" + what + ")");
    }

    /** A secret is missing: it belongs in the environment. */
    public static String missingSecret(String key, String what, String environmentVariable) {
        return id(1002, key + ": missing, required " + what + " (keep it out of files: set the environment variable "
                + environmentVariable + ")");
    }

    /** A URL key holds something that is not an absolute http(s) URL. */
    public static String notHttpUrl(String key, String shown) {
        return id(1003, key + ": '" + shown + "' is not an absolute http or https URL");
    }

    /** A URL key holds something java.net.URI cannot parse. */
    public static String invalidUrl(String key, String reason) {
        return id(1004, key + ": not a valid URL (" + reason + ")");
    }

    /** A value outside an enumeration. */
    public static String notOneOf(String key, String value, String valid) {
        return id(1005, key + ": '" + value + "' is not one of " + valid);
    }

    /** A duration that cannot be read, or is not positive. */
    public static String notDuration(String key, String value) {
        return id(1006, key + ": '" + value + "' is not a positive duration (ISO-8601 such as PT10S, or "
                + "milliseconds)");
    }

    /** The same key twice, kebab and snake case, with different values. */
    public static String setTwice(String kebab, String snake, boolean secret) {
        return id(1007, kebab + ": is set twice with different values, as " + kebab + " and as " + snake
                + (secret ? " (values not shown: secret)" : "") + "; keep one");
    }

    /** The RSA key is neither inline PEM nor a readable file (the value is never echoed: it may be the key). */
    public static String rsaKeyUnreadable(String key, String failure) {
        return id(1008, key + ": is neither inline PEM (-----BEGIN PRIVATE KEY-----) nor the path of a readable "
                + "file (" + failure + "); the value is not shown");
    }

    /** The RSA key could be read but is not a usable key. */
    public static String rsaKeyInvalid(String key, String reason) {
        return id(1009, key + ": " + reason);
    }

    /** Some of the three token URLs are set, not all. */
    public static String partialLogin(String client, String missingKeys) {
        return id(1010, ConfigText.clientPrefix(client) + ": " + missingKeys + " missing: a login client needs all "
                + "three of request-token-url, authorize-url and access-token-url (a client with none of them signs "
                + "calls with a configured token, or with the client credentials only)");
    }

    /** {@code provider} names no preset. */
    public static String unknownProvider(String key, String value, String valid) {
        return id(1011, key + ": '" + value + "' is not a provider preset; the presets are " + valid + " (or leave "
                + "it out and set the URLs yourself)");
    }

    /** A key a preset needs is missing. */
    public static String missingForProvider(String key, String provider, String what) {
        return id(1012, key + ": missing, required by provider=" + provider + " (" + what + ")");
    }

    /** {@code base-url} without a preset that uses it. */
    public static String baseUrlWithoutPreset(String key) {
        return id(1013, key + ": only provider presets use it (jira-dc, magento, mediawiki, netsuite, woocommerce); "
                + "without one, set request-token-url, authorize-url, access-token-url or api-base-url instead");
    }

    /** Only one half of a static token. */
    public static String tokenWithoutOther(String key, String otherKey) {
        return id(1014, key + ": set without " + otherKey + "; a static token needs both");
    }

    /** {@code empty-token} together with a token. */
    public static String emptyTokenWithToken(String key, String tokenKey) {
        return id(1015, key + ": true, and " + tokenKey + " is set: a client signs with its token or with an empty "
                + "one, not both");
    }

    /** A body hash with the BODY placement, which needs form bodies. */
    public static String bodyHashWithBodyPlacement(String key, String typeKey) {
        return id(1016, key + ": a body hash protects bodies that are not forms, and " + typeKey + "=BODY puts the "
                + "protocol parameters in a form body: use HEADER or QUERY");
    }

    /** A key only login clients use, on a client that is not one. */
    public static String loginKeyWithoutLogin(String key) {
        return id(1017, key + ": only a login client uses it (one with request-token-url, authorize-url and "
                + "access-token-url)");
    }

    /** An authorize URL with a placeholder the library does not fill. */
    public static String unknownPlaceholder(String key, String placeholder) {
        return id(1018, key + ": the placeholder " + placeholder + " is not one of {token}, {consumer_key}");
    }

    // --- names and unknown keys: AUTHJ1100-1199 ---

    /** A client name with characters outside the allowed set. */
    public static String invalidClientName(String name) {
        return id(1101, ConfigText.clientPrefix(name) + ": '" + name + "' is not a valid client name (letters, "
                + "digits, '-' and '_' only, at most 64 characters)");
    }

    /** A key under {@code authlib.oauth.} that the library does not know. */
    public static String unknownKey(String property, String suggestion, Collection<String> validKeys) {
        return id(1102, property + ": unknown key" + (suggestion != null ? "; did you mean " + suggestion + "?"
                : "; valid keys here are " + String.join(", ", validKeys)));
    }

    /** An environment variable that names no client the library knows. */
    public static String unknownEnvironmentVariable(String variable, String suggestion) {
        return id(1103, "the environment variable " + variable + " configures nothing known" + (suggestion == null
                ? "" : "; did you mean " + suggestion + "?") + " (a client named only in environment variables, or "
                + "whose name has dashes, must be listed in authlib.oauth.client-names)");
    }

    /** An injection point names a client that is not configured. */
    public static String noSuchClient(String name, String injectionPoint, Collection<String> nearMatches) {
        return id(1104, "no OAuth 1 client is configured under the name '" + name + "', which " + injectionPoint
                + " needs: configure " + ConfigText.clientPrefix(name) + ".client-id (and the client's other keys: "
                + "client-secret, request-token-url, authorize-url, access-token-url, ...)"
                + (nearMatches.isEmpty() ? "" : "; found in the configuration: " + String.join(", ", nearMatches)));
    }

    /** {@code OAuth1Clients.get} for a name nothing configures. */
    public static String noClientNamed(String name) {
        return id(1105, ConfigText.clientPrefix(name) + ".client-id: no OAuth 1 client is configured under the name '"
                + name + "'");
    }

    /** A client registered in code under the name of one configured at deployment. */
    public static String configuredAtDeployment(String name) {
        return id(1106, "the client '" + name + "' is configured at deployment (" + ConfigText.clientPrefix(name)
                + ".*): change its configuration, or register the client under another name");
    }

    // --- library-wide keys: AUTHJ1200-1299 ---

    /** A store name the library does not have. */
    public static String unknownStore(String key, String value) {
        return id(1201, key + ": '" + value + "' is not a built-in store; use session (the default: the HTTP "
                + "session), cookie (encrypted in the browser, with authlib.oauth.store.cookie.keys) or jcache (a "
                + "JSR-107 cache the nodes share)");
    }

    /** A whole number that is not positive. */
    public static String notPositiveNumber(String key, String value) {
        return id(1202, key + ": '" + value + "' is not a positive whole number");
    }

    /** A boolean that is neither true nor false. */
    public static String notBoolean(String key, String value) {
        return id(1203, key + ": '" + value + "' is not true or false");
    }

    /** A URL setting of the built-in routes that is neither a server path nor an absolute http(s) URL. */
    public static String notPathOrUrl(String key, String shown) {
        return id(1204, key + ": '" + shown + "' is neither a path on this server (starting with /) nor an absolute "
                + "http or https URL");
    }

    /** The cookie store is selected and has no key. */
    public static String cookieKeysMissing(String key) {
        return id(1210, key + ": missing; authlib.oauth.store=cookie encrypts pending logins with a server key: "
                + ConfigText.GENERATE_KEY + " and set " + key + "=k1:<that key> (comma-separated keyId:key pairs; the "
                + "first encrypts, all decrypt, so keys rotate)");
    }

    /** A cookie key entry that is not {@code id:key}. */
    public static String cookieKeyNotPair(String key, int entry) {
        return id(1211, key + ": entry " + entry + " is not keyId:key (for example k1:<key>; "
                + ConfigText.GENERATE_KEY + ")");
    }

    /** A cookie key id with characters outside the allowed set. */
    public static String cookieKeyIdInvalid(String key, int entry) {
        return id(1212, key + ": entry " + entry + ": the key id must be 1 to 32 letters, digits, '-' or '_'");
    }

    /** The same key id twice. */
    public static String cookieKeyIdTwice(String key, int entry, String keyId) {
        return id(1213, key + ": entry " + entry + ": key id '" + keyId + "' appears twice");
    }

    /** A cookie key that is not base64. */
    public static String cookieKeyNotBase64(String key, int entry, String keyId) {
        return id(1214, key + ": entry " + entry + ": key '" + keyId + "' is not base64; " + ConfigText.GENERATE_KEY);
    }

    /** A cookie key of the wrong length. */
    public static String cookieKeyLength(String key, int entry, String keyId, int length, int required) {
        return id(1215, key + ": entry " + entry + ": key '" + keyId + "' is " + length + " bytes, AES-256 needs "
                + "exactly " + required + "; " + ConfigText.GENERATE_KEY);
    }

    /** A cookie key whose bytes are all alike (all zero, say): a placeholder, not a random key. */
    public static String cookieKeyNotRandom(String key, int entry, String keyId) {
        return id(1216, key + ": entry " + entry + ": key '" + keyId + "' has all its bytes alike, which no random "
                + "key has; " + ConfigText.GENERATE_KEY);
    }

    /** The JCache store is selected and has no key to sign its browser ids with. */
    public static String jcacheKeysMissing(String key) {
        return id(1232, key + ": missing; authlib.oauth.store=jcache signs the browser ids it issues with a server key "
                + "(every node needs the same keys), so that a browser id it did not issue is never adopted: "
                + ConfigText.GENERATE_KEY + " and set " + key + "=k1:<that key> (comma-separated keyId:key pairs; "
                + "the first signs, all verify, so keys rotate)");
    }

    /** The public URL is not an origin. */
    public static String notPublicUrl(String key, String shown) {
        return id(1230, key + ": '" + shown + "' is not the application's public origin: give scheme, host and "
                + "port only, as browsers reach the application (for example https://app.example.com); a path or a "
                + "proxy that moves the application to another path needs each client's redirect-uri instead");
    }

    /** An allowed-hosts entry is not host[:port]. */
    public static String notAllowedHost(String key, int entry) {
        return id(1231, key + ": entry " + entry + " is not host or host:port (a DNS name, an IPv4 address or a "
                + "bracketed IPv6 address; no scheme, path or wildcard), for example app.example.com,app.example.com:8443");
    }

    /** The JCache cache name is empty. */
    public static String emptyCacheName(String key, String defaultName) {
        return id(1220, key + ": empty; leave it out for " + defaultName);
    }

    /** The JCache URI cannot be parsed. */
    public static String notUri(String key, String value) {
        return id(1221, key + ": '" + value + "' is not a URI");
    }

    // --- stores at run time: AUTHJ2000-2099 ---

    /** Several application beans implement the store SPI. */
    public static String severalStores() {
        return id(2001, "several beans implement TemporaryCredentialStore: keep one, or make one an @Alternative "
                + "with a @Priority");
    }

    /** The session store is used where there is no HTTP session. */
    public static String noSession(String storeKey) {
        return id(2002, storeKey + ": the default store keeps pending logins in the HTTP session, and this request "
                + "has none (Quarkus REST has no HTTP session): use " + storeKey + "=cookie or jcache, "
                + "quarkus-resteasy with quarkus-undertow, or a TemporaryCredentialStore bean");
    }

    /** A cookie-carrying store is used outside a request the library's filter saw. */
    public static String cookiesNotCarried(String storeKey, String store, String why) {
        return id(2003, storeKey + "=" + store + " " + why + ", and this call is not inside a JAX-RS request that "
                + "the library's CookieFilter saw: start and complete logins from JAX-RS resources, and if the "
                + "application lists its classes in Application#getClasses(), add "
                + "dev.authlib.oauth1.internal.web.CookieFilter");
    }

    /** A pending login too large for a cookie. */
    public static String cookieTooLarge(int bytes, int limit) {
        return id(2004, "the pending login does not fit in a cookie (" + bytes + " bytes with the browser id; the "
                + "library's cookies add at most " + limit + " to a request): the provider's temporary-credentials "
                + "response or the return path is too long");
    }

    /** The JCache store without the JCache API. */
    public static String noJCacheApi(String storeKey) {
        return id(2005, storeKey + "=jcache keeps pending logins in a JCache (JSR-107) cache, and the JCache API is "
                + "not on the class path: add a JCache provider (such as Hazelcast or Infinispan, with "
                + "javax.cache:cache-api), or choose another " + storeKey);
    }

    /** The JCache store without a (unique) provider. */
    public static String noJCacheProvider(String storeKey, String providerKey, String cause) {
        return id(2006, storeKey + "=jcache needs exactly one JCache provider on the class path (" + cause
                + "): add one, such as Hazelcast or Infinispan, or name it with " + providerKey);
    }

    /** The configured JCache provider class is not there. */
    public static String unknownJCacheProvider(String providerKey, String provider, String cause) {
        return id(2007, providerKey + ": '" + provider + "' is not a JCache provider on the class path (" + cause
                + ")");
    }

    /** The cache cannot be had. */
    public static String jcacheUnusable(String storeKey, String cacheName, String provider, String cause,
            String keys) {
        return id(2008, storeKey + "=jcache: cache '" + cacheName + "' of " + provider + " cannot be used (" + cause
                + "); check " + keys);
    }

    /** The cookie store's replay guard is full: logins are refused until older ones expire. */
    public static String replayGuardFull(int capacity) {
        return id(2010, "authlib.oauth.store=cookie: the replay guard of this node holds " + capacity + " logins "
                + "completed within authlib.oauth.store.ttl, all of whose cookies could still be replayed; further "
                + "logins are refused until the oldest expire (a shorter authlib.oauth.store.ttl, more nodes, or the "
                + "jcache store, which needs no such guard, if this is real traffic)");
    }

    // --- clients at run time: AUTHJ3000-3099 ---

    /** A login asked of a client configured without the three token URLs. */
    public static String notALoginClient(String client, String kind) {
        return id(3001, "this client cannot log users in: it is a " + kind + " client, configured without "
                + "request-token-url, authorize-url and access-token-url (" + ConfigText.clientPrefix(client)
                + ".*); set all three to log users in");
    }

    /** A relative path on a client without a base. */
    public static String relativePathWithoutBase(String client) {
        return id(3002, "a relative path was given and no api-base-url is configured (" + ConfigText.clientPrefix(client)
                + ".api-base-url): configure it, or pass an absolute https:// URI");
    }

    /** A relative path that would leave the base. */
    public static String pathOutsideBase(String client) {
        return id(3003, "the path leaves api-base-url (a '..' segment, or another authority): relative paths stay "
                + "below " + ConfigText.clientPrefix(client) + ".api-base-url; pass an absolute https:// URI to call "
                + "elsewhere");
    }

    /** Neither a relative path nor an absolute http(s) URI. */
    public static String notAPathOrHttpUri(String reason) {
        return id(3004, "neither a path relative to api-base-url nor an absolute http or https URI (" + reason + ")");
    }

    /** A call without a token on a login client that has no way to find one. */
    public static String noTokenNoResolver() {
        return id(3005, "no token given and no OAuth1TokenResolver bean: pass the token credentials, or provide a "
                + "bean implementing OAuth1TokenResolver, or configure a static token (token, token-secret)");
    }

    /** The resolver has no token for the current user. */
    public static String resolverHasNoToken() {
        return id(3006, "the OAuth1TokenResolver has no token credentials for the current user: log the user in "
                + "first");
    }

    /** The callback URI of a login is not absolute. */
    public static String redirectUriNotAbsolute(String client) {
        return id(3007, "the redirect URI must be absolute, or oob (pass one, or configure "
                + ConfigText.clientPrefix(client) + ".redirect-uri)");
    }

    /** A back-channel call went past its deadline. */
    public static String callDeadline(String endpoint, String deadline, String client) {
        return id(3008, endpoint + " did not complete within " + deadline + " (the provider answers too slowly; see "
                + ConfigText.clientPrefix(client) + ".call-timeout)");
    }

    /** A body hash over a body the library cannot see before it is sent, with the query placement. */
    public static String bodyHashNeedsBytes(String client) {
        return id(3009, "signature-type QUERY puts the body hash in the URI, which is fixed before the body is "
                + "serialized: send the body as a String or byte[], or use signature-type HEADER ("
                + ConfigText.clientPrefix(client) + ".signature-type)");
    }

    /** A login through a client built in code without a store. */
    public static String noStoreGiven() {
        return id(3010, "no TemporaryCredentialStore: give one to OAuth1ClientBuilder.temporaryCredentialStore(...) "
                + "to use authorizeRedirect and authorizeAccessToken, or use the three legs one by one "
                + "(fetchTemporaryCredentials, authorizationUri, fetchTokenCredentials)");
    }

    // --- the built-in routes: AUTHJ4000-4099 ---

    /**
     * A login reached under a host the configuration does not vouch for: its callback could be sent elsewhere. The
     * page and the log; {@code shownHost} is already reduced to harmless characters.
     */
    public static String untrustedOrigin(String shownHost, String publicUrlKey, String allowedHostsKey) {
        return id(4001, "This login was refused: the server was reached as '" + shownHost + "', which its "
                + "configuration does not name, so the provider could be told to send the login to another site. "
                + "The administrator sets " + publicUrlKey + " (the application's public URL, such as "
                + "https://app.example.com) or lists the host in " + allowedHostsKey + ".");
    }

    /** The application's observer of the login event threw (logged, and the failure event's message). */
    public static String loginObserverFailed(String observer, String exception) {
        return id(4002, "the login was granted by the provider, but the "
                + "application's OAuth1LoginEvent observer " + observer + " threw " + exception + ", so the user "
                + "is not signed in; the browser got a 500 page. Make the observer handle providers without the "
                + "fields it expects (TokenCredentials.parameter(...) is empty when a provider does not send one)");
    }

    /** The application's observer of the failure event threw too. */
    public static String loginFailedObserverFailed(String client, String observer, String exception) {
        return id(4003, "OAuth 1 client '" + client + "': the application's OAuth1LoginFailedEvent observer "
                + observer + " threw " + exception + " as well");
    }

    /** An observer of the login event refused the login with a WebApplicationException (logged, the failure event). */
    public static String loginObserverRefused(String observer, int status) {
        return id(4005, "the login was granted by the provider, but " + observer + " refused it with a "
                + "WebApplicationException (HTTP " + status + "), the answer the browser got; the user is not signed "
                + "in");
    }

    /** The page of a login whose observer failed. */
    public static String signInPageFailed() {
        return id(4004, "The sign-in could not be completed. Please try again later.");
    }

    // --- "Log in with X" as the application's authentication, at deployment: AUTHJ5000-5099 ---

    /** The security client names no configured client. */
    public static String securityClientUnknown(String key, String name, Collection<String> configured) {
        return id(5001, key + ": '" + name + "' names no configured client (configured: "
                + (configured.isEmpty() ? "none" : String.join(", ", configured)) + ")");
    }

    /** The security client cannot log users in. */
    public static String securityClientCannotLogIn(String key, String name, String kind) {
        return id(5002, key + ": the client '" + name + "' cannot log users in (a " + kind + " client): configure its "
                + "request-token-url, authorize-url and access-token-url, or name a login client");
    }

    /** A caller's name or roles taken from the token itself. */
    public static String fieldIsCredential(String key, String field) {
        return id(5003, key + ": '" + field + "' is the token credential itself, and a caller's name and roles are "
                + "shown and logged: use a field such as user_id or screen_name");
    }

    /** A security setting without the switch. */
    public static String securityKeyWithoutClient(String key, String clientKey) {
        return id(5004, key + ": set, but " + clientKey + " is not, so nothing uses it: set " + clientKey
                + " to the login client whose users sign in, or remove " + key);
    }

    /** The switch is on where Jakarta Security is missing. */
    public static String jakartaSecurityMissing(String clientKey) {
        return id(5005, clientKey + ": set, but Jakarta Security 3 (jakarta.security.enterprise) is not available "
                + "to the application: on OpenLiberty add the feature appSecurity-5.0 to server.xml (without it "
                + "@RolesAllowed is not enforced either); elsewhere use a Jakarta EE 10 Web or Full Profile server; "
                + "or remove the key");
    }

    /** The switch is on in Quarkus without the Quarkus module. */
    public static String quarkusModuleMissing(String clientKey) {
        return id(5006, clientKey + ": set, but on Quarkus the login as the application's authentication is in its "
                + "own artifact: add the dependency dev.authlib:authlib-jakarta-quarkus (it brings quarkus-security), "
                + "or remove the key");
    }

    /** The Quarkus login goes through the built-in routes, which are switched off. */
    public static String webRoutesOffForQuarkusLogin(String clientKey, String webKey) {
        return id(5007, clientKey + ": on Quarkus the login goes through the built-in routes (oauth1/<client>/login "
                + "and /authorize), and " + webKey + "=false switches them off: remove one of the two keys");
    }

    /** The Quarkus login session has no key. */
    public static String sessionKeysMissing(String keysKey, String clientKey) {
        return id(5008, keysKey + ": missing; the Quarkus login session (" + clientKey + ") is a cookie sealed with "
                + "these server keys: " + ConfigText.GENERATE_KEY + " and set " + keysKey + "=k1:<that key> (from the "
                + "environment; comma-separated keyId:key pairs, the first seals, all open, so keys rotate)");
    }

    /** The security client has no callback: {@code redirect-uri=oob}. */
    public static String securityClientOob(String key, String name, String redirectKey) {
        return id(5009, key + ": the client '" + name + "' has " + redirectKey + "=oob, and signing callers in needs "
                + "the provider's callback: remove " + redirectKey + " (or give an absolute callback URL)");
    }

    // --- "Log in with X" at run time: AUTHJ5100-5199 ---

    /** The token response lacks the field that names the caller. Field names only, never values. */
    public static String callerNameMissing(String client, String field, String key, Collection<String> fields) {
        return id(5101, "the token response of client '" + client + "' has no field '" + field + "' to name the "
                + "caller (its fields: " + (fields.isEmpty() ? "none" : String.join(", ", fields)) + "): set " + key
                + " to one of them, or name callers in an IdentityStore that validates OAuth1Credential (Payara, "
                + "Liberty); the caller is not signed in");
    }

    /** The identity stores did not accept the caller the provider vouched for. */
    public static String callerNotValidated(String client, String status) {
        return id(5102, "the identity stores did not validate the caller who logged in with client '" + client
                + "' (" + status + "): the caller is not signed in");
    }

    /** The Quarkus login session does not fit in a cookie. */
    public static String sessionCookieTooLarge(String client, int limit) {
        return id(5103, "the login session of client '" + client + "' does not fit in a cookie (browsers keep "
                + limit + " bytes), even without the provider's extra fields: the caller's name or roles are too "
                + "long; the caller is not signed in");
    }

    // --- typed REST clients and signed JAX-RS clients: AUTHJ6000-6099 ---

    /** {@code @OAuth1Signed} names a client that nothing configures. */
    public static String signedClientUnknown(String iface, String client, Collection<String> configured) {
        return id(6001, "@OAuth1Signed(\"" + client + "\") on " + iface + " names no configured client: configure "
                + ConfigText.clientPrefix(client) + ".*, or name one of " + (configured.isEmpty() ? "(none configured)"
                        : String.join(", ", configured)));
    }

    /** {@code @OAuth1Signed} on a REST client built where there is no CDI container to find the client in. */
    public static String signedWithoutCdi(String iface, String client) {
        return id(6002, "@OAuth1Signed(\"" + client + "\") on " + iface + " needs CDI to find the client, and there "
                + "is none here: build the REST client with RestClientBuilder.newBuilder()...register(client"
                + ".signingFeature()), the client made with OAuth1ClientBuilder");
    }

    /** The per-call token header holds no live handle. */
    public static String perCallTokenUnknown() {
        return id(6003, "the X-Authlib-OAuth1-Token header holds no token handed out for this call (set by "
                + "hand, sent twice, or older than 10 minutes): pass TokenCredentials as the parameter "
                + "@HeaderParam(OAuth1Signed.TOKEN_HEADER) TokenCredentials; nothing was sent");
    }

    /** The provider refused a typed or feature-signed call. */
    public static String apiCallRefused(int status, String problem, String advice, String hint) {
        StringBuilder sb = new StringBuilder("the provider refused the call: HTTP ").append(status);
        if (problem != null) {
            sb.append(", oauth_problem=").append(problem);
        }
        if (advice != null) {
            sb.append(" (").append(advice).append(')');
        }
        if (hint != null) {
            sb.append("; ").append(hint);
        }
        return id(6004, sb.toString());
    }

    /** The request property {@code OAuth1Client.TOKEN_PROPERTY} holds something else than token credentials. */
    public static String tokenPropertyNotCredentials(String type) {
        return id(6005, "the request property dev.authlib.oauth1.token (OAuth1Client.TOKEN_PROPERTY) holds a " + type
                + ", not TokenCredentials; nothing was sent");
    }

    /** Part of {@link #apiCallRefused}: what {@code timestamp_refused} says about this server's clock. */
    public static String clockHint(long now, String acceptable, Long providerAhead) {
        StringBuilder sb = new StringBuilder("the provider refused oauth_timestamp: this server's clock is probably "
                + "off, check NTP (this server's time: ").append(now);
        if (acceptable != null) {
            sb.append("; acceptable: ").append(acceptable);
        }
        sb.append(')');
        if (providerAhead != null) {
            sb.append("; the provider's Date header is ").append(Math.abs(providerAhead)).append(" s ")
                    .append(providerAhead > 0 ? "ahead of" : "behind").append(" this server's clock");
        }
        return sb.toString();
    }

    /** Part of {@link #apiCallRefused}: what a refused signature or client usually means. */
    public static String signatureHint() {
        return "check client-id, client-secret and signature-method, and that the token belongs to this client";
    }

    /** Helpers for the texts above. */
    static final class ConfigText {
        static final String GENERATE_KEY = "generate a key with `openssl rand -base64 32`";

        private ConfigText() {}

        static String clientPrefix(String name) {
            return "authlib.oauth.clients." + name;
        }
    }
}
