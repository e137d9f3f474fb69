package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.TemporaryCredentials;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;

/**
 * The cookie of one pending login. Its name is {@code authlib_o1_} and 16 characters (96 bits) of
 * {@link LoginKeys#digest}, so several logins can wait at once. Its value is the {@link SealedEntries sealed entry}
 * in unpadded base64url, authenticated with the cookie name, the client name and the browser's id (the random bits
 * of its {@link BrowserIds id cookie}): a pending-login cookie planted in another browser does not open there.
 */
final class PendingLoginCookies {
    static final String PREFIX = "authlib_o1_";
    /** The browser-id cookie of the cookie store ({@code __Host-authlib_o1b} over https): not a pending login. */
    static final String ID_COOKIE = "authlib_o1b";
    private static final int NAME_CHARS = 16;
    private static final byte[] CONTEXT = "authlib-jakarta pending OAuth 1 login".getBytes(StandardCharsets.US_ASCII);

    private PendingLoginCookies() {}

    /** The cookie name of the login with this token. */
    static String name(String clientName, String token) {
        return PREFIX + LoginKeys.digest(clientName, token).substring(0, NAME_CHARS);
    }

    static String seal(SealedBox box, String clientName, String cookieName, byte[] browser,
            TemporaryCredentials credentials, long expiresAtMillis) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(SealedEntries.seal(box, credentials,
                expiresAtMillis, header -> associatedData(header, cookieName, clientName, browser)));
    }

    /**
     * @return the credentials and expiry, or empty if the value was not sealed by us for this name, client and
     *     browser
     */
    static Optional<SealedEntries.Opened> open(SealedBox box, String clientName, String cookieName, byte[] browser,
            String value) {
        return SealedEntries.open(box, decode(value), header -> associatedData(header, cookieName, clientName,
                browser));
    }

    /** The expiry a value claims, unauthenticated: for choosing which login to drop ({@link SealedEntries}). */
    static long claimedExpiry(String value) {
        return SealedEntries.claimedExpiry(decode(value));
    }

    private static byte[] associatedData(byte[] header, String cookieName, String clientName, byte[] browser) {
        byte[] name = cookieName.getBytes(StandardCharsets.UTF_8);
        byte[] client = clientName.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(CONTEXT.length + 1 + header.length + 4 + name.length + 4 + client.length + 4
                + browser.length)
                .put(CONTEXT).put((byte) 0).put(header)
                .putInt(name.length).put(name)
                .putInt(client.length).put(client)
                .putInt(browser.length).put(browser)
                .array();
    }

    /** @return the bytes, or null unless the value is canonical unpadded base64url (one spelling per value) */
    private static byte[] decode(String value) {
        try {
            byte[] bytes = Base64.getUrlDecoder().decode(value);
            return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes).equals(value) ? bytes : null;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
