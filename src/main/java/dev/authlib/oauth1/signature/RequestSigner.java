package dev.authlib.oauth1.signature;

import java.net.URI;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Signs requests with one signer's settings (§3.4): gathers the request parameters (§3.4.1.3), builds the base
 * string, computes the signature and places the protocol parameters (§3.5). Immutable and thread-safe; the memory
 * of each call is the calling thread's {@link SigningScratch}.
 */
final class RequestSigner {
    private final SignatureType type;
    private final Supplier<String> nonces;
    private final TimestampCache timestamps;
    private final ProtocolParameters protocol;
    private final AuthorizationHeader header;
    private final SignatureAlgorithm algorithm;

    RequestSigner(SignatureType type, Supplier<String> nonces, Clock clock, ProtocolParameters protocol,
            String realm, SignatureAlgorithm algorithm) {
        this.type = type;
        this.nonces = nonces;
        this.timestamps = new TimestampCache(clock);
        this.protocol = protocol;
        this.header = new AuthorizationHeader(realm, protocol);
        this.algorithm = algorithm;
    }

    /**
     * Signs a request.
     *
     * @param form the decoded form parameters, empty when the body is not a form or there is none
     * @param bodyHash the {@code oauth_body_hash}, or {@code null}
     */
    SignedRequest sign(String method, URI uri, Map<String, List<String>> form, String bodyHash) {
        String httpMethod = method.toUpperCase(Locale.ROOT);
        String nonce = PercentEncoding.encode(nonces.get()); // the caller's code runs before the scratch is taken
        String timestamp = timestamps.now();
        String encodedBodyHash = bodyHash == null ? null : PercentEncoding.encode(bodyHash);
        SigningScratch scratch = SigningScratch.take();
        try {
            EncodedParameters params = scratch.params;
            params.addRawForm(uri.getRawQuery());
            String formBody = params.addForm(form);
            protocol.addTo(params, nonce, timestamp, encodedBodyHash);
            params.sort();
            AsciiBuffer base = BaseString.append(scratch.base, httpMethod, uri, params);
            String signature = algorithm.sign(base, scratch);

            Supplier<String> baseString = () -> baseString(httpMethod, uri, formBody, nonce, timestamp,
                    encodedBodyHash);
            if (type == SignatureType.HEADER) {
                String h = header.build(scratch.header, nonce, timestamp, encodedBodyHash, signature);
                return new SignedRequest(httpMethod, Placement.withoutFragment(uri), h, formBody, baseString,
                        signature);
            }
            String[] sent = protocol.sent(nonce, timestamp, encodedBodyHash);
            return type == SignatureType.QUERY
                    ? Placement.inQuery(httpMethod, uri, sent, signature, formBody, baseString)
                    : Placement.inBody(httpMethod, uri, sent, signature, formBody, baseString);
        } finally {
            scratch.release();
        }
    }

    /**
     * A signed request's base string, rebuilt on demand from what it sent: the signer keeps no per-request buffer
     * alive for a string most callers never read.
     */
    private String baseString(String httpMethod, URI uri, String formBody, String nonce, String timestamp,
            String encodedBodyHash) {
        EncodedParameters params = new EncodedParameters(16);
        params.addRawForm(uri.getRawQuery());
        params.addRawForm(formBody); // the form as sent: parsing its encoded text gives back the same parameters
        protocol.addTo(params, nonce, timestamp, encodedBodyHash);
        params.sort();
        return BaseString.append(new AsciiBuffer(256), httpMethod, uri, params).toString();
    }
}
