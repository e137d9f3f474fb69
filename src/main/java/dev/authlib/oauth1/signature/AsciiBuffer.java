package dev.authlib.oauth1.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** A growable ASCII byte buffer: the base string is built once as bytes, fed to the MAC without a copy. */
final class AsciiBuffer {
    private byte[] bytes;
    private int length;

    AsciiBuffer(int capacity) {
        bytes = new byte[Math.max(16, capacity)];
    }

    void append(byte b) {
        if (length == bytes.length) {
            bytes = Arrays.copyOf(bytes, bytes.length * 2);
        }
        bytes[length++] = b;
    }

    /** Appends a text known to be ASCII. */
    void appendAscii(String ascii) {
        int n = ascii.length();
        if (length + n > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, length + n));
        }
        byte[] b = bytes;
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

    @Override
    public String toString() {
        return new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
    }
}
