package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.client.ClientRequestFilter;
import jakarta.ws.rs.core.Form;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Signs every request of a provider's JAX-RS client as it is sent, so each send (and each retry) gets a fresh nonce
 * and timestamp. The credentials to sign with travel as the request property {@link #CREDENTIALS}.
 */
final class SigningFilter implements ClientRequestFilter {
    static final String CREDENTIALS = "dev.authlib.oauth1.credentials";

    /** Signers of recent API-call tokens: building one costs a provider look-up and a key schedule. */
    private static final int MAX_CACHED_SIGNERS = 256;

    private final OAuth1Signer clientSigner;
    private final SignatureType type;
    private final String userAgent;
    private final ConcurrentHashMap<RequestCredentials, OAuth1Signer> tokenSigners = new ConcurrentHashMap<>();

    SigningFilter(OAuth1Signer clientSigner, SignatureType type, String userAgent) {
        this.clientSigner = clientSigner;
        this.type = type;
        this.userAgent = userAgent;
    }

    /** The token (temporary or token credentials), callback and verifier of one request; all optional. */
    record RequestCredentials(String token, String tokenSecret, String callback, String verifier) {
        @Override
        public String toString() {
            return "RequestCredentials[token=" + token + "]";
        }
    }

    @Override
    public void filter(ClientRequestContext request) {
        if (userAgent != null && request.getHeaderString(HttpHeaders.USER_AGENT) == null) {
            request.getHeaders().putSingle(HttpHeaders.USER_AGENT, userAgent);
        }
        Object property = request.getProperty(CREDENTIALS);
        if (property == null) {
            property = request.getConfiguration().getProperty(CREDENTIALS);
        }
        OAuth1Signer signer = signerFor((RequestCredentials) property);
        SignatureType placement = type;
        if (type == SignatureType.BODY && !request.hasEntity()) {
            // §3.5.2 needs a form body; a request without one (GET, DELETE) carries them in the query (§3.5.3)
            placement = SignatureType.QUERY;
            signer = signer.toBuilder().signatureType(placement).build();
        }
        Map<String, List<String>> form = formParameters(request);
        SignedRequest signed;
        if (form != null) {
            signed = signer.sign(request.getMethod(), request.getUri(), form);
        } else if (request.hasEntity()) {
            signed = signer.signWithBody(request.getMethod(), request.getUri(), new byte[0]); // throws for BODY
        } else {
            signed = signer.sign(request.getMethod(), request.getUri(), Map.of());
        }
        switch (placement) {
            case HEADER:
                request.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signed.authorizationHeader());
                break;
            case QUERY:
                request.setUri(signed.uri());
                break;
            default:
                request.setEntity(signed.formBody(), request.getEntityAnnotations(),
                        MediaType.APPLICATION_FORM_URLENCODED_TYPE);
        }
    }

    private OAuth1Signer signerFor(RequestCredentials c) {
        if (c == null) {
            return clientSigner;
        }
        if (c.callback() == null && c.verifier() == null) { // an API call: the same token signs many requests
            OAuth1Signer cached = tokenSigners.get(c);
            if (cached == null) {
                if (tokenSigners.size() >= MAX_CACHED_SIGNERS) {
                    tokenSigners.clear(); // bounded; the next calls rebuild what they need
                }
                cached = clientSigner.withToken(c.token(), c.tokenSecret());
                tokenSigners.put(c, cached);
            }
            return cached;
        }
        OAuth1Signer.Builder b = clientSigner.toBuilder().token(c.token(), c.tokenSecret());
        if (c.callback() != null) {
            b.callback(c.callback());
        }
        if (c.verifier() != null) {
            b.verifier(c.verifier());
        }
        return b.build();
    }

    /** The parameters of a form entity (§3.4.1.3.1 signs them), or {@code null} when the entity is not a form. */
    @SuppressWarnings("unchecked")
    private static Map<String, List<String>> formParameters(ClientRequestContext request) {
        if (!request.hasEntity()) {
            return null;
        }
        Object entity = request.getEntity();
        if (entity instanceof Form) {
            return ((Form) entity).asMap();
        }
        MediaType mediaType = request.getMediaType();
        boolean formType = mediaType != null && MediaType.APPLICATION_FORM_URLENCODED_TYPE.isCompatible(mediaType);
        if (formType && entity instanceof MultivaluedMap) {
            return (Map<String, List<String>>) entity;
        }
        if (formType && entity instanceof String) {
            return FormBodies.parse((String) entity);
        }
        return null;
    }
}
