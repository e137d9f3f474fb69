package dev.authlib.bench;

import com.google.api.client.auth.oauth.OAuthHmacSigner;
import com.google.api.client.auth.oauth.OAuthParameters;
import com.google.api.client.auth.oauth.OAuthSigner;
import com.google.api.client.http.GenericUrl;
import java.security.GeneralSecurityException;
import java.util.List;
import java.util.Map;

/**
 * google-oauth-client 1.39.0: {@link OAuthParameters} (its {@code HttpExecuteInterceptor}) built once with the
 * credentials and the fixed nonce/timestamp; per request {@code computeSignature(method, url)} and
 * {@code getAuthorizationHeader()}, exactly what {@code intercept(HttpRequest)} does after its nonce and timestamp.
 *
 * <p><b>Form bodies.</b> {@code computeSignature} takes only the {@link GenericUrl}: the library never reads a
 * {@code UrlEncodedContent} body, so its idiomatic path signs a form POST without the body parameters and the
 * provider rejects it ({@link #signIdiomatic()} checks that it differs). The only way to get a correct signature
 * is for the caller to copy the form parameters into a URL used for signing only: {@link #signWithFormWorkaround()},
 * a workaround the caller must write, timed as such.
 */
final class GoogleOAuthClientSigning {
    final Workload w;
    final OAuthParameters params = new OAuthParameters();
    /** The request URL as its {@code HttpRequest} holds it. */
    final GenericUrl url;
    /** Base string seen by the signer, when built with {@code record}. */
    final StringBuilder recorded = new StringBuilder();

    GoogleOAuthClientSigning(Workload w, boolean record) {
        this.w = w;
        this.url = new GenericUrl(w.url);
        OAuthHmacSigner hmac = new OAuthHmacSigner();
        hmac.clientSharedSecret = Workload.CONSUMER_SECRET;
        hmac.tokenSharedSecret = Workload.TOKEN_SECRET;
        params.signer = !record ? hmac : new OAuthSigner() {
            @Override
            public String getSignatureMethod() {
                return hmac.getSignatureMethod();
            }

            @Override
            public String computeSignature(String signatureBaseString) throws GeneralSecurityException {
                recorded.setLength(0);
                recorded.append(signatureBaseString);
                return hmac.computeSignature(signatureBaseString);
            }
        };
        params.consumerKey = Workload.CONSUMER_KEY;
        params.token = Workload.TOKEN;
        params.version = "1.0";
        params.nonce = Workload.NONCE; // intercept() would call computeNonce()/computeTimestamp(): fixed here
        params.timestamp = Long.toString(Workload.TIMESTAMP);
    }

    /** The library's own path: signs the URL's query parameters only. Correct for the small GET. */
    String signIdiomatic() throws GeneralSecurityException {
        params.computeSignature(w.method, url);
        return params.getAuthorizationHeader();
    }

    /** The caller's workaround for a form body: a copy of the URL carrying the form parameters, signed. */
    String signWithFormWorkaround() throws GeneralSecurityException {
        GenericUrl signingUrl = url.clone();
        for (Map.Entry<String, List<String>> e : w.form.entrySet()) {
            signingUrl.put(e.getKey(), e.getValue());
        }
        params.computeSignature(w.method, signingUrl);
        return params.getAuthorizationHeader();
    }

    String signature() {
        return params.signature;
    }
}
