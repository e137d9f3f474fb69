package dev.authlib.oauth1.internal.security;

import dev.authlib.oauth1.internal.caller.Caller;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

/**
 * The signed-in caller, kept in the HTTP session (on the server: the browser holds the session id only). No session
 * is ever created by looking.
 */
final class SessionCallers {
    static final String ATTRIBUTE = "dev.authlib.oauth1.security.caller";

    private SessionCallers() {}

    /** @return the caller of this request's session who signed in with {@code client}, or null */
    static Caller current(HttpServletRequest request, String client) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return null;
        }
        Object caller = session.getAttribute(ATTRIBUTE);
        return caller instanceof Caller c && c.clientName().equals(client) ? c : null;
    }

    static void put(HttpSession session, Caller caller) {
        session.setAttribute(ATTRIBUTE, caller);
    }

    static void remove(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(ATTRIBUTE);
        }
    }
}
