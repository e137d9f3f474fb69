package dev.authlib.bench;

import com.github.scribejava.core.builder.ServiceBuilder;
import com.github.scribejava.core.builder.api.DefaultApi10a;
import com.github.scribejava.core.model.OAuth1AccessToken;
import com.github.scribejava.core.model.OAuthRequest;
import com.github.scribejava.core.model.Verb;
import com.github.scribejava.core.oauth.OAuth10aService;
import com.github.scribejava.core.services.SignatureService;
import com.github.scribejava.core.services.TimestampService;
import java.util.List;
import java.util.Map;

/**
 * ScribeJava 8.3.3: the service and access token built once; per request a new {@link OAuthRequest}, its body
 * parameters added, {@code service.signRequest(token, request)}, the Authorization header read back.
 */
final class ScribeJavaSigning {
    final Workload w;
    final OAuth10aService service;
    final OAuth1AccessToken token = new OAuth1AccessToken(Workload.TOKEN, Workload.TOKEN_SECRET);
    final Verb verb;
    /** Base strings seen by the signature service, when built with {@code record}; for the agreement check. */
    final StringBuilder recorded = new StringBuilder();

    ScribeJavaSigning(Workload w, boolean record) {
        this.w = w;
        this.verb = Verb.valueOf(w.method);
        this.service = new ServiceBuilder(Workload.CONSUMER_KEY).apiSecret(Workload.CONSUMER_SECRET)
                .build(new FixedApi(record ? recorded : null));
    }

    String sign() {
        OAuthRequest request = new OAuthRequest(verb, w.url);
        for (Map.Entry<String, List<String>> e : w.form.entrySet()) {
            for (String v : e.getValue()) {
                request.addBodyParameter(e.getKey(), v);
            }
        }
        service.signRequest(token, request);
        return request.getHeaders().get("Authorization");
    }

    /** An API with the fixed nonce and timestamp; endpoints are never called. */
    private static final class FixedApi extends DefaultApi10a {
        private final TimestampService fixed = new TimestampService() {
            @Override
            public String getTimestampInSeconds() {
                return Long.toString(Workload.TIMESTAMP);
            }

            @Override
            public String getNonce() {
                return Workload.NONCE;
            }
        };
        private final StringBuilder record;

        FixedApi(StringBuilder record) {
            this.record = record;
        }

        /** Stock behaviour (a new service per call) unless recording the base string for the agreement check. */
        @Override
        public SignatureService getSignatureService() {
            SignatureService hmac = super.getSignatureService();
            return record == null ? hmac : new SignatureService() {
                @Override
                public String getSignature(String baseString, String apiSecret, String tokenSecret) {
                    record.setLength(0);
                    record.append(baseString);
                    return hmac.getSignature(baseString, apiSecret, tokenSecret);
                }

                @Override
                public String getSignatureMethod() {
                    return hmac.getSignatureMethod();
                }
            };
        }

        @Override
        public TimestampService getTimestampService() {
            return fixed;
        }

        @Override
        public String getRequestTokenEndpoint() {
            return "https://api.example.com/oauth/request_token";
        }

        @Override
        public String getAccessTokenEndpoint() {
            return "https://api.example.com/oauth/access_token";
        }

        @Override
        protected String getAuthorizationBaseUrl() {
            return "https://api.example.com/oauth/authorize";
        }
    }
}
