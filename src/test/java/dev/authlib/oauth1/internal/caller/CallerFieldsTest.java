package dev.authlib.oauth1.internal.caller;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.authlib.oauth1.TokenCredentials;
import dev.authlib.oauth1.internal.config.SecurityConfig;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The caller's name and roles come from the configured fields of the token response, never from the token. */
class CallerFieldsTest {
    static final TokenCredentials X_LOGIN = new TokenCredentials("token-value", "secret-value",
            Map.of("user_id", "42", "screen_name", "alice", "roles", " reader, writer  reader\tadmin "));

    static SecurityConfig settings(String nameField, String rolesField) {
        return new SecurityConfig(Optional.of("x"), nameField, Optional.ofNullable(rolesField), Duration.ofHours(1),
                Optional.empty());
    }

    @Test
    void byDefault_theCallerIsNamedByTheProvidersUserId() {
        SecurityConfig defaults = settings(SecurityConfig.DEFAULT_CALLER_NAME, null);
        assertEquals(Optional.of("42"), CallerFields.name(defaults, X_LOGIN));
        assertEquals(List.of(), CallerFields.roles(defaults, X_LOGIN));
    }

    @Test
    void rolesField_isSplitOnCommasAndWhiteSpace_inOrder_once() {
        assertEquals(List.of("reader", "writer", "admin"), CallerFields.roles(settings("screen_name", "roles"),
                X_LOGIN));
    }

    @Test
    void missingOrBlankNameField_namesNobody_andTheMessageListsFieldNamesOnly() {
        TokenCredentials blank = new TokenCredentials("t", "s", Map.of("screen_name", "  ", "user_id", "42"));
        assertTrue(CallerFields.caller("x", settings("screen_name", null), blank).isEmpty());
        String message = CallerFields.missingName("x", settings("login", null), X_LOGIN);
        assertTrue(message.startsWith("AUTHJ5101: ") && message.contains("(its fields: roles, screen_name, user_id)"),
                message);
        assertFalse(message.contains("alice") || message.contains("42") || message.contains("token-value")
                || message.contains("secret-value"), message);
    }

    @Test
    void theCallerNeverShowsItsToken() {
        Caller alice = CallerFields.caller("x", settings("screen_name", "roles"), X_LOGIN).orElseThrow();
        assertEquals("Caller[client=x, name=alice, roles=[reader, writer, admin]]", alice.toString());
    }
}
