package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.TemporaryCredentials;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Optional;

/**
 * The sealed form of a pending login, shared by the cookie and JCache stores: {@code version(1) || expiry in epoch
 * milliseconds(8) || sealed credentials}. Version and expiry are in clear but authenticated: the caller's associated
 * data starts with them.
 */
final class SealedEntries {
    static final byte VERSION = 1;
    static final int HEADER = 1 + Long.BYTES;

    /** Credentials opened from a sealed entry, with the instant they stop being accepted. */
    record Opened(TemporaryCredentials credentials, long expiresAtMillis) {}

    /** Builds the associated data of an entry from its header. */
    @FunctionalInterface
    interface Context {
        byte[] associatedData(byte[] header);
    }

    private SealedEntries() {}

    static byte[] seal(SealedBox box, TemporaryCredentials credentials, long expiresAtMillis, Context context) {
        byte[] header = ByteBuffer.allocate(HEADER).put(VERSION).putLong(expiresAtMillis).array();
        byte[] sealed = box.seal(CredentialBytes.write(credentials), context.associatedData(header));
        byte[] value = Arrays.copyOf(header, HEADER + sealed.length);
        System.arraycopy(sealed, 0, value, HEADER, sealed.length);
        return value;
    }

    /** @return the credentials and expiry, or empty unless the entry was sealed by this box in this context */
    static Optional<Opened> open(SealedBox box, byte[] value, Context context) {
        if (value == null || value.length <= HEADER || value[0] != VERSION) {
            return Optional.empty();
        }
        byte[] header = Arrays.copyOf(value, HEADER);
        long expiresAt = ByteBuffer.wrap(header, 1, Long.BYTES).getLong();
        return box.open(Arrays.copyOfRange(value, HEADER, value.length), context.associatedData(header))
                .flatMap(CredentialBytes::read)
                .map(c -> new Opened(c, expiresAt));
    }

    /**
     * The expiry an entry claims, read without authenticating it: only good for choosing which pending login to
     * drop when there are too many.
     *
     * @return the expiry, or {@link Long#MIN_VALUE} if the value is not an entry
     */
    static long claimedExpiry(byte[] value) {
        if (value == null || value.length <= HEADER || value[0] != VERSION) {
            return Long.MIN_VALUE;
        }
        return ByteBuffer.wrap(value, 1, Long.BYTES).getLong();
    }
}
