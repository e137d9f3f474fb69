package dev.authlib.oauth1.internal.security;

import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.lang.reflect.Proxy;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Just enough of a servlet container for the mechanism: a browser with an HTTP session (whose attribute map is also
 * the CDI session context's storage, as in a real container), one request/response per {@link #exchange}, and the
 * {@link HttpMessageContext} the container hands the mechanism. Anything else the mechanism touched would fail.
 */
final class FakeServlet {
    private FakeServlet() {}

    /** A browser: its session (created when something is stored in it) and its cookies. */
    static final class Browser {
        final Map<String, Object> sessionAttributes = new HashMap<>();
        final Map<String, String> cookies = new LinkedHashMap<>();
        final List<String> sessionIds = new ArrayList<>();
        boolean sessionCreated;

        String sessionId() {
            return sessionIds.isEmpty() ? null : sessionIds.get(sessionIds.size() - 1);
        }

        boolean hasSession() {
            // CDI writes create it too (Weld's own bookkeeping entry alone does not)
            return sessionCreated || sessionAttributes.keySet().stream().anyMatch(k -> !k.equals("WELD_BS_HASH"));
        }

        void createSession() {
            sessionCreated = true;
            if (sessionIds.isEmpty()) {
                sessionIds.add(UUID.randomUUID().toString());
            }
        }
    }

    /** One request to {@code http://127.0.0.1:8080<pathAndQuery>} and its response. */
    static final class Exchange {
        final Browser browser;
        final String requestUri;
        final String query;
        final Map<String, Object> attributes = new HashMap<>();
        /** The host the request names ({@code Host} header). */
        String host = "127.0.0.1";
        boolean protectedResource;
        boolean authenticationRequest;
        int status = 200;
        final Map<String, String> headers = new LinkedHashMap<>();
        final List<Cookie> setCookies = new ArrayList<>();
        final StringWriter body = new StringWriter();
        String notifiedName;
        Set<String> notifiedGroups;

        Exchange(Browser browser, String pathAndQuery) {
            this.browser = browser;
            int q = pathAndQuery.indexOf('?'); // as sent: the request target's path and query, raw
            this.requestUri = q < 0 ? pathAndQuery : pathAndQuery.substring(0, q);
            this.query = q < 0 ? null : pathAndQuery.substring(q + 1);
        }

        Exchange protectedResource() {
            protectedResource = true;
            return this;
        }

        String location() {
            return headers.get("Location");
        }

        HttpServletRequest request() {
            return proxy(HttpServletRequest.class, (method, args) -> switch (method) {
                case "getRequestURI" -> requestUri;
                case "getQueryString" -> query;
                case "getContextPath" -> "/app";
                case "getScheme" -> "http";
                case "getServerName" -> host;
                case "getServerPort" -> 8080;
                case "isSecure" -> false;
                case "getMethod" -> "GET";
                case "getCookies" -> browser.cookies.entrySet().stream().map(e -> new Cookie(e.getKey(), e.getValue()))
                        .toArray(Cookie[]::new);
                case "getAttribute" -> attributes.get((String) args[0]);
                case "setAttribute" -> attributes.put((String) args[0], args[1]);
                case "getSession" -> session(args == null || (Boolean) args[0]);
                case "changeSessionId" -> {
                    browser.sessionIds.add(UUID.randomUUID().toString());
                    yield browser.sessionId();
                }
                default -> throw new UnsupportedOperationException("request." + method);
            });
        }

        private HttpSession session(boolean create) {
            if (!browser.hasSession() && !create) {
                return null;
            }
            browser.createSession();
            return proxy(HttpSession.class, (method, args) -> switch (method) {
                case "getAttribute" -> browser.sessionAttributes.get((String) args[0]);
                case "setAttribute" -> browser.sessionAttributes.put((String) args[0], args[1]);
                case "removeAttribute" -> browser.sessionAttributes.remove((String) args[0]);
                case "getId" -> browser.sessionId();
                default -> throw new UnsupportedOperationException("session." + method);
            });
        }

        HttpServletResponse response() {
            return proxy(HttpServletResponse.class, (method, args) -> switch (method) {
                case "setStatus" -> status = (Integer) args[0];
                case "setHeader" -> headers.put((String) args[0], (String) args[1]);
                case "setContentType" -> headers.put("Content-Type", (String) args[0]);
                case "addCookie" -> setCookies.add((Cookie) args[0]);
                case "getWriter" -> new PrintWriter(body, true);
                case "flushBuffer" -> null;
                default -> throw new UnsupportedOperationException("response." + method);
            });
        }

        HttpMessageContext context() {
            return proxy(HttpMessageContext.class, (method, args) -> switch (method) {
                case "isProtected" -> protectedResource;
                case "isAuthenticationRequest" -> authenticationRequest;
                case "doNothing" -> AuthenticationStatus.NOT_DONE;
                case "redirect" -> { // as Soteria does it
                    status = 302;
                    headers.put("Location", (String) args[0]);
                    yield AuthenticationStatus.SEND_CONTINUE;
                }
                case "cleanClientSubject" -> null;
                case "notifyContainerAboutLogin" -> {
                    notifiedName = (String) args[0];
                    @SuppressWarnings("unchecked")
                    Set<String> groups = (Set<String>) args[1];
                    notifiedGroups = groups;
                    yield AuthenticationStatus.SUCCESS;
                }
                default -> throw new UnsupportedOperationException("context." + method);
            });
        }
    }

    interface Handler {
        Object invoke(String method, Object[] args);
    }

    private static <T> T proxy(Class<T> type, Handler handler) {
        return type.cast(Proxy.newProxyInstance(FakeServlet.class.getClassLoader(), new Class<?>[] {type},
                (p, m, args) -> switch (m.getName()) {
                    case "toString" -> "fake " + type.getSimpleName();
                    case "hashCode" -> System.identityHashCode(p);
                    case "equals" -> p == args[0];
                    default -> handler.invoke(m.getName(), args);
                }));
    }
}
