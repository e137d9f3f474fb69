package dev.authlib.bench;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignatureMethod;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

/** Ours: one {@code signer.sign(method, uri, form)} with a signer built once. */
final class AuthlibSigning {
    final Workload w;
    final OAuth1Signer signer;
    final URI uri;

    AuthlibSigning(Workload w) {
        this.w = w;
        this.signer = OAuth1Signer.builder(Workload.CONSUMER_KEY)
                .clientSecret(Workload.CONSUMER_SECRET)
                .token(Workload.TOKEN, Workload.TOKEN_SECRET)
                .signatureMethod(SignatureMethod.HMAC_SHA1)
                .signatureType(SignatureType.HEADER)
                .clock(Clock.fixed(Instant.ofEpochSecond(Workload.TIMESTAMP), ZoneOffset.UTC))
                .nonceSupplier(() -> Workload.NONCE)
                .build();
        this.uri = URI.create(w.url);
    }

    /** The request URI as a JAX-RS client request already holds it. */
    SignedRequest sign() {
        return signer.sign(w.method, uri, w.form);
    }

    /** The same, parsing the URL string first (what a caller holding only a String pays). */
    SignedRequest signFromString() {
        return signer.sign(w.method, URI.create(w.url), w.form);
    }
}
