package dev.authlib.oauth1.internal.client;

import static dev.authlib.oauth1.internal.client.TestClients.ACCESS_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.CALLBACK;
import static dev.authlib.oauth1.internal.client.TestClients.REQUEST_TOKEN_PATH;
import static dev.authlib.oauth1.internal.client.TestClients.TEMPORARY;
import static dev.authlib.oauth1.internal.client.TestClients.failsWithin;
import static dev.authlib.oauth1.internal.client.TestClients.namesAccessTokenUrl;
import static dev.authlib.oauth1.internal.client.TestClients.namesRequestTokenUrl;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.OAuth1ProviderException;
import dev.authlib.oauth1.internal.client.FakeProvider.Reply;
import dev.authlib.oauth1.internal.client.TestClients.Fixture;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A token endpoint answering an error status: an {@link OAuth1ProviderException} with the status, the provider's
 * {@code oauth_problem} (form body, JSON, XML or {@code WWW-Authenticate}) and advice where there is some.
 */
class ProviderErrorStatusTest {
    private static final String FORM = "application/x-www-form-urlencoded";

    private final Fixture fixture = new Fixture();
    private final FakeProvider provider = fixture.provider;

    @AfterEach
    void stop() {
        fixture.close();
    }

    private OAuth1ProviderException requestTokenFails(Reply reply) {
        provider.on(REQUEST_TOKEN_PATH, reply);
        ManagedOAuth1Client client = fixture.client();
        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTemporaryCredentials(CALLBACK));
        namesRequestTokenUrl(e, provider);
        return e;
    }

    private OAuth1ProviderException accessTokenFails(Reply reply) {
        provider.on(ACCESS_TOKEN_PATH, reply);
        ManagedOAuth1Client client = fixture.client();
        OAuth1ProviderException e = failsWithin(OAuth1ProviderException.class,
                () -> client.fetchTokenCredentials(TEMPORARY, "verifier-1"));
        namesAccessTokenUrl(e, provider);
        return e;
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 504})
    void serverErrorWithHtmlPage_isProviderErrorWithStatusAndNoProblem(int status) {
        OAuth1ProviderException e = requestTokenFails(Reply.of(status, "text/html",
                "<!DOCTYPE html><html><body><h1>Bad gateway</h1><p>oauth_problem=not_this</p></body></html>"));

        assertEquals(status, e.status());
        assertEquals(Optional.empty(), e.oauthProblem());
        assertTrue(e.getMessage().contains("HTTP " + status), e.getMessage());
        assertFalse(e.getMessage().contains("<html"), e.getMessage());
    }

    @Test
    void serverErrorWithEmptyBody_isProviderError() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(503, null, "").header("Retry-After", "120"));

        assertEquals(503, e.status());
        assertEquals(Optional.empty(), e.oauthProblem());
    }

    @Test
    void signatureInvalid_inFormBody_isReportedWithCredentialsAdvice() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(401, FORM,
                "oauth_problem=signature_invalid&oauth_problem_advice=The%20signature%20does%20not%20match"));

        assertEquals(401, e.status());
        assertEquals(Optional.of("signature_invalid"), e.oauthProblem());
        assertEquals(Optional.of("The signature does not match"), e.problemAdvice());
        assertTrue(e.getMessage().contains("oauth_problem=signature_invalid"), e.getMessage());
        assertTrue(e.getMessage().contains("check client-id, client-secret and signature-method"), e.getMessage());
    }

    @Test
    void timestampRefused_givesClockAdviceAndAcceptableWindow() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(401, FORM,
                "oauth_problem=timestamp_refused&oauth_acceptable_timestamps=1700000000-1700000600"));

        assertEquals(401, e.status());
        assertEquals(Optional.of("timestamp_refused"), e.oauthProblem());
        assertTrue(e.getMessage().contains("clock"), e.getMessage());
        assertTrue(e.getMessage().contains("NTP"), e.getMessage());
        assertTrue(e.getMessage().contains("1700000000-1700000600"), e.getMessage());
    }

    @Test
    void nonceUsed_isReported() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(401, "text/plain", "oauth_problem=nonce_used"));

        assertEquals(401, e.status());
        assertEquals(Optional.of("nonce_used"), e.oauthProblem());
        assertTrue(e.getMessage().contains("oauth_problem=nonce_used"), e.getMessage());
    }

    @Test
    void problemInWwwAuthenticate_isReportedEvenWithHtmlBody() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(401, "text/html", "<html><body>Denied</body></html>")
                .header("WWW-Authenticate",
                        "OAuth realm=\"https://api.example\", oauth_problem=\"timestamp_refused\""));

        assertEquals(Optional.of("timestamp_refused"), e.oauthProblem());
        assertTrue(e.getMessage().contains("clock"), e.getMessage());
    }

    @Test
    void problemInJsonBody_isReported() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(401, "application/json",
                "{\"oauth_problem\":\"signature_invalid\",\"oauth_problem_advice\":\"base string mismatch\"}"));

        assertEquals(Optional.of("signature_invalid"), e.oauthProblem());
        assertEquals(Optional.of("base string mismatch"), e.problemAdvice());
    }

    @Test
    void twitterStyleJsonErrors_giveTheMessageAsAdvice() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(401, "application/json",
                "{\"errors\":[{\"code\":32,\"message\":\"Could not authenticate you.\"}]}"));

        assertEquals(401, e.status());
        assertEquals(Optional.of("Could not authenticate you."), e.problemAdvice());
    }

    @Test
    void problemInXmlBody_isReported() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(401, "application/xml",
                "<?xml version=\"1.0\"?><error><oauth_problem>nonce_used</oauth_problem>"
                        + "<oauth_problem_advice>replayed</oauth_problem_advice></error>"));

        assertEquals(Optional.of("nonce_used"), e.oauthProblem());
        assertEquals(Optional.of("replayed"), e.problemAdvice());
    }

    @Test
    void xmlWithDoctype_isNotExpandedAndYieldsNoProblem() {
        OAuth1ProviderException e = accessTokenFails(Reply.of(400, "application/xml",
                "<?xml version=\"1.0\"?><!DOCTYPE e [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                        + "<error><oauth_problem>&x;</oauth_problem></error>"));

        assertEquals(400, e.status());
        assertEquals(Optional.empty(), e.oauthProblem());
    }

    @Test
    void hugeErrorBody_isReadBoundedAndStillReportsTheStatus() {
        OAuth1ProviderException e = requestTokenFails(Reply.huge(500, "text/html", 8L * 1024 * 1024));

        assertEquals(500, e.status());
        assertTrue(e.getMessage().contains("KiB"), e.getMessage());
    }

    @Test
    void providerTextIsCleanedAndBounded() {
        OAuth1ProviderException e = requestTokenFails(Reply.of(400, FORM,
                "oauth_problem=parameter_absent&oauth_problem_advice=" + "x%0D%0AInjected: yes".repeat(100)));

        assertEquals(Optional.of("parameter_absent"), e.oauthProblem());
        String advice = e.problemAdvice().orElseThrow();
        assertTrue(advice.length() <= 200, advice);
        assertFalse(e.getMessage().contains("\n"), e.getMessage());
        assertFalse(e.getMessage().contains("\r"), e.getMessage());
    }
}
