package dev.authlib.oauth1.signature;

/**
 * One signer's protocol parameters (§3.1). Those that are the same on every request ({@code oauth_consumer_key},
 * {@code oauth_signature_method}, {@code oauth_version} unless omitted, and, when set, {@code oauth_token}, {@code oauth_callback},
 * {@code oauth_verifier}) are encoded once (§3.6) for sending and twice for the base string (§3.4.1.1) when the
 * signer is built; a request adds only its nonce, timestamp and, for a non-form body, body hash.
 */
final class ProtocolParameters {
    private final String[] names; // the constant ones, in the order they are sent
    private final String[] values; // encoded
    private final EncodedParameters.Prepared[] prepared;

    ProtocolParameters(String clientId, SignatureMethod method, boolean version, String token, String callback,
            String verifier) {
        int n = 2 + (version ? 1 : 0) + (token == null ? 0 : 1) + (callback == null ? 0 : 1) + (verifier == null ? 0 : 1);
        names = new String[n];
        values = new String[n];
        int i = 0;
        names[i] = "oauth_consumer_key";
        values[i++] = PercentEncoding.encode(clientId);
        names[i] = "oauth_signature_method";
        values[i++] = method.wireName();
        if (version) {
            names[i] = "oauth_version";
            values[i++] = "1.0";
        }
        if (token != null) {
            names[i] = "oauth_token";
            values[i++] = PercentEncoding.encode(token);
        }
        if (callback != null) {
            names[i] = "oauth_callback";
            values[i++] = PercentEncoding.encode(callback);
        }
        if (verifier != null) {
            names[i] = "oauth_verifier";
            values[i] = PercentEncoding.encode(verifier);
        }
        prepared = new EncodedParameters.Prepared[n];
        for (int k = 0; k < n; k++) {
            prepared[k] = new EncodedParameters.Prepared(names[k], values[k]);
        }
    }

    /** Adds every protocol parameter but the signature to a request's parameters. */
    void addTo(EncodedParameters params, String nonce, String timestamp, String encodedBodyHash) {
        for (EncodedParameters.Prepared p : prepared) {
            params.add(p);
        }
        params.add("oauth_nonce", nonce);
        params.add("oauth_timestamp", timestamp);
        if (encodedBodyHash != null) {
            params.add("oauth_body_hash", encodedBodyHash);
        }
    }

    /**
     * Every protocol parameter but the signature, as sent: encoded name, encoded value, name, value, ... The order
     * is fixed (the consumer key, nonce, method, timestamp and version first), not required by RFC 5849 but
     * friendlier to read.
     */
    String[] sent(String nonce, String timestamp, String encodedBodyHash) {
        String[] out = new String[2 * names.length + 4 + (encodedBodyHash == null ? 0 : 2)];
        int o = 0;
        for (int k = 0; k < names.length; k++) {
            out[o++] = names[k];
            out[o++] = values[k];
            if (k == 0) {
                out[o++] = "oauth_nonce";
                out[o++] = nonce;
            } else if (k == 1) {
                out[o++] = "oauth_timestamp";
                out[o++] = timestamp;
            }
        }
        if (encodedBodyHash != null) {
            out[o++] = "oauth_body_hash";
            out[o] = encodedBodyHash;
        }
        return out;
    }
}
