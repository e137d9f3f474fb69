package dev.authlib.oauth1.internal.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The JCache store's list of one browser's pending logins, kept in the cache under {@link BrowserBoundEntries#indexKey}
 * so that the store can bound them per browser as the session and cookie stores do: the cache keys of the entries
 * (HMACs, nothing readable) with their expiry, oldest first. Encoded as {@code 'I' || (expiry(8) || length(1) ||
 * key)*}: its first byte tells it from an entry.
 */
final class BrowserIndex {
    static final byte MARK = 'I';

    /** One pending login of the browser. */
    record Entry(String cacheKey, long expiresAtMillis) {}

    private BrowserIndex() {}

    /** @return the entries, oldest first; empty for no index or one that cannot be read */
    static List<Entry> read(byte[] value) {
        List<Entry> entries = new ArrayList<>();
        if (value == null || value.length == 0 || value[0] != MARK) {
            return entries;
        }
        ByteBuffer in = ByteBuffer.wrap(value, 1, value.length - 1);
        while (in.remaining() >= Long.BYTES + 1) {
            long expires = in.getLong();
            int length = in.get() & 0xFF;
            if (in.remaining() < length) {
                return new ArrayList<>();
            }
            byte[] key = new byte[length];
            in.get(key);
            entries.add(new Entry(new String(key, StandardCharsets.US_ASCII), expires));
        }
        return entries;
    }

    static byte[] write(List<Entry> entries) {
        int size = 1;
        for (Entry e : entries) {
            size += Long.BYTES + 1 + e.cacheKey().length();
        }
        ByteBuffer out = ByteBuffer.allocate(size).put(MARK);
        for (Entry e : entries) {
            byte[] key = e.cacheKey().getBytes(StandardCharsets.US_ASCII);
            out.putLong(e.expiresAtMillis()).put((byte) key.length).put(key);
        }
        return out.array();
    }
}
