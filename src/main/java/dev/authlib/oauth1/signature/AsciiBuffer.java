package dev.authlib.oauth1.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A growable ASCII byte buffer: the base string is built once as bytes and fed to the MAC without a copy. Encoding
 * loops {@linkplain #reserve reserve} room once and then write through the array, with no check per byte.
 */
final class AsciiBuffer {
    private final int initialCapacity;
    private byte[] bytes;
    private int length;

    AsciiBuffer(int capacity) {
        initialCapacity = Math.max(16, capacity);
        bytes = new byte[initialCapacity];
    }

    /** Makes room for {@code n} more bytes and returns the array to write them into, from {@link #length()} on. */
    byte[] reserve(int n) {
        if (n > bytes.length - length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        return bytes;
    }

    void append(byte b) {
        reserve(1)[length++] = b;
    }

    void append(byte[] src) {
        System.arraycopy(src, 0, reserve(src.length), length, src.length);
        length += src.length;
    }

    void append(byte[] src, int from, int to) {
        int n = to - from;
        System.arraycopy(src, from, reserve(n), length, n);
        length += n;
    }

    /** Appends a text known to be ASCII. */
    void appendAscii(String ascii) {
        int n = ascii.length();
        byte[] b = reserve(n);
        int at = length;
        for (int i = 0; i < n; i++) {
            b[at + i] = (byte) ascii.charAt(i);
        }
        length = at + n;
    }

    byte[] array() {
        return bytes;
    }

    int length() {
        return length;
    }

    /** Sets the length after a loop wrote through {@link #array()}, or truncates. */
    void setLength(int length) {
        this.length = length;
    }

    /** Empties the buffer for reuse; one that grew past {@code maxKept} bytes is dropped rather than kept. */
    void clear(int maxKept) {
        length = 0;
        if (bytes.length > maxKept) {
            bytes = new byte[initialCapacity];
        }
    }

    /** The bytes from {@code start} to {@code end}, as a String. */
    String toString(int start, int end) {
        return new String(bytes, start, end - start, StandardCharsets.ISO_8859_1);
    }

    @Override
    public String toString() {
        return toString(0, length);
    }
}
