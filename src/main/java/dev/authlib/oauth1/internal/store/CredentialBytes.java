package dev.authlib.oauth1.internal.store;

import dev.authlib.oauth1.TemporaryCredentials;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Temporary credentials as compact bytes, to be sealed: token, secret, callback confirmation and parameters, each
 * string length-prefixed. No Java serialization: only these fields are ever read back.
 */
final class CredentialBytes {
    private static final int FORMAT = 1;

    private CredentialBytes() {}

    static byte[] write(TemporaryCredentials credentials) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(128);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeByte(FORMAT);
            out.writeUTF(credentials.token());
            out.writeUTF(credentials.tokenSecret());
            out.writeBoolean(credentials.callbackConfirmed());
            Map<String, String> parameters = new TreeMap<>(credentials.parameters());
            out.writeShort(parameters.size());
            for (Map.Entry<String, String> p : parameters.entrySet()) {
                out.writeUTF(p.getKey());
                out.writeUTF(p.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e); // a string over 64 KiB: far beyond what a cookie holds anyway
        }
        return bytes.toByteArray();
    }

    /** @return the credentials, or empty if the bytes are not in this format */
    static Optional<TemporaryCredentials> read(byte[] plaintext) {
        try (DataInputStream in = new DataInputStream(new ByteArrayInputStream(plaintext))) {
            if (in.readUnsignedByte() != FORMAT) {
                return Optional.empty();
            }
            String token = in.readUTF();
            String secret = in.readUTF();
            boolean confirmed = in.readBoolean();
            int count = in.readUnsignedShort();
            Map<String, String> parameters = new TreeMap<>();
            for (int i = 0; i < count; i++) {
                parameters.put(in.readUTF(), in.readUTF());
            }
            if (in.available() != 0) {
                return Optional.empty();
            }
            return Optional.of(new TemporaryCredentials(token, secret, confirmed, parameters));
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
