package dev.authlib.bench;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.AbstractMap.SimpleImmutableEntry;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import oauth.signpost.AbstractOAuthConsumer;
import oauth.signpost.OAuth;
import oauth.signpost.exception.OAuthException;
import oauth.signpost.exception.OAuthMessageSignerException;
import oauth.signpost.http.HttpParameters;
import oauth.signpost.http.HttpRequest;
import oauth.signpost.signature.HmacSha1MessageSigner;
import oauth.signpost.signature.SignatureBaseString;

/**
 * signpost 2.1.1: one consumer (credentials, HMAC-SHA1, header strategy) built once; per request the form body
 * encoded (signpost reads the parameters back from the payload of a form request), the request wrapped in
 * signpost's {@link HttpRequest} interface, {@code consumer.sign(request)}, the header read back.
 */
final class SignpostSigning {
    final Workload w;
    final FixedConsumer consumer = new FixedConsumer();
    /** Base string seen by the signer, when built with {@code record}. */
    final StringBuilder recorded = new StringBuilder();

    SignpostSigning(Workload w, boolean record) {
        this.w = w;
        if (record) { // before setTokenWithSecret, which hands the token secret to the current signer
            consumer.setMessageSigner(new HmacSha1MessageSigner() {
                private static final long serialVersionUID = 1L;

                @Override
                public String sign(HttpRequest request, HttpParameters params) throws OAuthMessageSignerException {
                    recorded.setLength(0);
                    recorded.append(new SignatureBaseString(request, params).generate());
                    return super.sign(request, params);
                }
            });
        }
        consumer.setTokenWithSecret(Workload.TOKEN, Workload.TOKEN_SECRET);
    }

    String sign() {
        byte[] body = null;
        if (!w.form.isEmpty()) {
            List<Map.Entry<String, String>> pairs = new ArrayList<>();
            for (Map.Entry<String, List<String>> e : w.form.entrySet()) {
                for (String v : e.getValue()) {
                    pairs.add(new SimpleImmutableEntry<>(e.getKey(), v));
                }
            }
            try {
                body = OAuth.formEncode(pairs).getBytes(StandardCharsets.US_ASCII);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        Request request = new Request(w.method, w.url, body);
        try {
            consumer.sign(request);
        } catch (OAuthException e) {
            throw new IllegalStateException(e);
        }
        return request.getHeader(OAuth.HTTP_AUTHORIZATION_HEADER);
    }

    /** The stock consumer with the fixed nonce and timestamp. */
    static final class FixedConsumer extends AbstractOAuthConsumer {
        private static final long serialVersionUID = 1L;

        FixedConsumer() {
            super(Workload.CONSUMER_KEY, Workload.CONSUMER_SECRET);
        }

        @Override
        protected String generateTimestamp() {
            return Long.toString(Workload.TIMESTAMP);
        }

        @Override
        protected String generateNonce() {
            return Workload.NONCE;
        }

        @Override
        protected HttpRequest wrap(Object request) {
            return (HttpRequest) request;
        }
    }

    /** A minimal in-memory request, as signpost's adapters for HTTP clients provide. */
    static final class Request implements HttpRequest {
        private final String method;
        private String url;
        private final byte[] body;
        private final Map<String, String> headers = new HashMap<>();

        Request(String method, String url, byte[] body) {
            this.method = method;
            this.url = url;
            this.body = body;
            if (body != null) {
                headers.put("Content-Type", OAuth.FORM_ENCODED);
            }
        }

        @Override
        public String getMethod() {
            return method;
        }

        @Override
        public String getRequestUrl() {
            return url;
        }

        @Override
        public void setRequestUrl(String url) {
            this.url = url;
        }

        @Override
        public void setHeader(String name, String value) {
            headers.put(name, value);
        }

        @Override
        public String getHeader(String name) {
            return headers.get(name);
        }

        @Override
        public Map<String, String> getAllHeaders() {
            return headers;
        }

        @Override
        public InputStream getMessagePayload() {
            return body == null ? null : new ByteArrayInputStream(body);
        }

        @Override
        public String getContentType() {
            return headers.get("Content-Type");
        }

        @Override
        public Object unwrap() {
            return this;
        }
    }
}
