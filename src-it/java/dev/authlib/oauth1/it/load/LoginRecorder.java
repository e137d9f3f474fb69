package dev.authlib.oauth1.it.load;

import dev.authlib.oauth1.OAuth1LoginEvent;
import dev.authlib.oauth1.OAuth1LoginFailedEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The application's observer of the built-in callback, as a real application would sign its user in: it records each
 * login event with the HTTP session it happened in and the {@code oauth_token} of the callback request, so that a
 * test can tie every token credential to the browser (cookie jar) and the login that started it.
 */
@ApplicationScoped
public class LoginRecorder {
    /** One observed login: where it happened and what the application received. */
    record Login(String sessionId, String temporaryToken, OAuth1LoginEvent event) {}

    @Inject
    HttpServletRequest request;

    private final Map<String, List<Login>> byTemporaryToken = new ConcurrentHashMap<>();
    private final List<OAuth1LoginFailedEvent> failures = new CopyOnWriteArrayList<>();

    void onLogin(@Observes OAuth1LoginEvent event) {
        HttpSession session = request.getSession(false);
        Login login = new Login(session == null ? null : session.getId(), request.getParameter("oauth_token"), event);
        byTemporaryToken.computeIfAbsent(String.valueOf(login.temporaryToken()), t -> new CopyOnWriteArrayList<>())
                .add(login);
    }

    void onFailure(@Observes OAuth1LoginFailedEvent failure) {
        failures.add(failure);
    }

    /** Every login observed for the callback carrying this {@code oauth_token} (one, when all is well). */
    List<Login> logins(String temporaryToken) {
        return List.copyOf(byTemporaryToken.getOrDefault(temporaryToken, List.of()));
    }

    List<Login> all() {
        return byTemporaryToken.values().stream().flatMap(List::stream).toList();
    }

    List<OAuth1LoginFailedEvent> failures() {
        return List.copyOf(failures);
    }

    void clear() {
        byTemporaryToken.clear();
        failures.clear();
    }
}
