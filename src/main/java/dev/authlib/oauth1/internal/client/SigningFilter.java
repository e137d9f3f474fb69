package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignatureType;
import dev.authlib.oauth1.signature.SignedRequest;
import dev.authlib.oauth1.internal.Messages;
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
 * and timestamp. The credentials to sign with travel as the request property {@link #CREDENTIALS}; a request without
 * them is signed with the client's default: its static token, an empty token, or none.
 *
 * <p>A body that is not a form is not in the base string (§3.4.1.3.1); with a body hash configured its
 * {@code oauth_body_hash} is signed instead: computed here for a {@code String} or {@code byte[]} entity, else after
 * serialization by {@link BodyHashInterceptor}, to which this filter hands the signer in {@link #DEFERRED}.
 */
final class SigningFilter implements ClientRequestFilter {
    static final String CREDENTIALS = "dev.authlib.oauth1.credentials";
    /** The signer of a request whose body is hashed after serialization. */
    static final String DEFERRED = "dev.authlib.oauth1.deferred-signer";

    /** The bytes of a body signed without a hash: not read, so never copied. */
    private static final byte[] UNHASHED = new byte[0];

    /** Signers of recent API-call tokens: building one costs a provider look-up and a key schedule. */
    private static final int MAX_CACHED_SIGNERS = 256;

    private final Signers clientSigners;
    private final Signers defaultSigners;
    private final SignatureType type;
    private final String userAgent;
    private final boolean bodyHash;
    private final String clientName;
    private final ConcurrentHashMap<RequestCredentials, Signers> tokenSigners = new ConcurrentHashMap<>();

    /**
     * @param clientSigner signs with the client credentials only (the token requests build on it)
     * @param defaultSigner signs requests that carry no credentials: the static token, an empty token, or none
     * @param bodyHash whether the signers add {@code oauth_body_hash} to bodies that are not forms
     */
    SigningFilter(OAuth1Signer clientSigner, OAuth1Signer defaultSigner, SignatureType type, String userAgent,
            boolean bodyHash, String clientName) {
        this.clientSigners = new Signers(clientSigner);
        this.defaultSigners = defaultSigner == clientSigner ? clientSigners : new Signers(defaultSigner);
        this.type = type;
        this.userAgent = userAgent;
        this.bodyHash = bodyHash;
        this.clientName = clientName;
    }

    /** The token (temporary or token credentials), callback and verifier of one request; all optional. */
    record RequestCredentials(String token, String tokenSecret, String callback, String verifier) {
        /** The credentials of an API call with this token, or null for none. */
        static RequestCredentials of(TokenCredentials token) {
            return token == null ? null : new RequestCredentials(token.token(), token.tokenSecret(), null, null);
        }

        @Override
        public String toString() {
            return "RequestCredentials[token=" + token + "]";
        }
    }

    @Override
    public void filter(ClientRequestContext request) {
        Object property = request.getProperty(CREDENTIALS);
        if (property == null) {
            property = request.getConfiguration().getProperty(CREDENTIALS);
        }
        sign(request, (RequestCredentials) property);
    }

    /**
     * Signs the request with these credentials, or with the client's default ones when {@code credentials} is null.
     * Also {@link ApiCallFilter}'s signing step: it chooses the credentials of an API call, this signs.
     */
    void sign(ClientRequestContext request, RequestCredentials credentials) {
        if (userAgent != null && request.getHeaderString(HttpHeaders.USER_AGENT) == null) {
            request.getHeaders().putSingle(HttpHeaders.USER_AGENT, userAgent);
        }
        // §3.5.2 needs a form body; a request without one (GET, DELETE) carries them in the query (§3.5.3)
        SignatureType placement = type == SignatureType.BODY && !request.hasEntity() ? SignatureType.QUERY : type;
        OAuth1Signer signer = signerFor(credentials, placement != type);
        Map<String, List<String>> form = formParameters(request);
        SignedRequest signed;
        if (form != null) {
            signed = signer.sign(request.getMethod(), request.getUri(), form);
        } else if (request.hasEntity()) {
            // a body that is not a form: not in the base string (§3.4.1.3.1); a BODY placement is refused with its
            // message; with a body hash the bytes are needed, here if the entity has them, else after serialization
            byte[] body = bodyHash ? BodyHashInterceptor.bytesOf(request) : UNHASHED;
            if (body == null) {
                if (placement != SignatureType.HEADER) {
                    throw new IllegalStateException(Messages.bodyHashNeedsBytes(clientName));
                }
                request.setProperty(DEFERRED, signer);
                request.setProperty(BodyHashInterceptor.METHOD, request.getMethod());
                request.setProperty(BodyHashInterceptor.URI_PROPERTY, request.getUri());
                return;
            }
            signed = signer.signWithBody(request.getMethod(), request.getUri(), body);
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

    /** The signer for these credentials, or its twin that places the parameters in the query. */
    private OAuth1Signer signerFor(RequestCredentials c, boolean queryTwin) {
        if (c == null) {
            return defaultSigners.get(queryTwin);
        }
        if (c.callback() == null && c.verifier() == null) { // an API call: the same token signs many requests
            Signers cached = tokenSigners.get(c);
            if (cached == null) {
                if (tokenSigners.size() >= MAX_CACHED_SIGNERS) {
                    tokenSigners.clear(); // bounded; the next calls rebuild what they need
                }
                cached = new Signers(clientSigners.signer.withToken(c.token(), c.tokenSecret()));
                tokenSigners.put(c, cached);
            }
            return cached.get(queryTwin);
        }
        OAuth1Signer.Builder b = clientSigners.signer.toBuilder().token(c.token(), c.tokenSecret());
        if (c.callback() != null) {
            b.callback(c.callback());
        }
        if (c.verifier() != null) {
            b.verifier(c.verifier());
        }
        if (queryTwin) {
            b.signatureType(SignatureType.QUERY);
        }
        return b.build();
    }

    /**
     * A signer and, made when first needed, its twin for requests without a body when the type is BODY: building
     * a signer costs a provider look-up and a key schedule, so neither is built per request.
     */
    private static final class Signers {
        final OAuth1Signer signer;
        private volatile OAuth1Signer queryTwin; // racing threads may both build it: equal, immutable, either wins

        Signers(OAuth1Signer signer) {
            this.signer = signer;
        }

        OAuth1Signer get(boolean twin) {
            if (!twin) {
                return signer;
            }
            OAuth1Signer t = queryTwin;
            if (t == null) {
                t = signer.toBuilder().signatureType(SignatureType.QUERY).build();
                queryTwin = t;
            }
            return t;
        }
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
