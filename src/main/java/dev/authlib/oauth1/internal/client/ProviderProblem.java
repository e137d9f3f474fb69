package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.ResponseParameters;
import java.io.StringReader;
import java.util.Locale;
import java.util.Map;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.InputSource;

/**
 * The problem a provider reported in an error response: {@code oauth_problem} / {@code oauth_problem_advice} (OAuth
 * Problem Reporting) in a form body or a {@code WWW-Authenticate} header, {@code error} / {@code error_description},
 * or the message of a JSON or XML error body. HTML and unreadable bodies yield no problem.
 */
record ProviderProblem(String problem, String advice, String acceptableTimestamps) {
    static final ProviderProblem NONE = new ProviderProblem(null, null, null);
    private static final int MAX_TEXT = 200;

    static ProviderProblem of(String contentType, String body, String wwwAuthenticate) {
        ProviderProblem fromHeader = fromWwwAuthenticate(wwwAuthenticate);
        if (fromHeader.problem != null) {
            return fromHeader;
        }
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String text = body == null ? "" : body.strip();
        if (text.isEmpty() || type.contains("html") || text.regionMatches(true, 0, "<!doctype html", 0, 14)
                || text.regionMatches(true, 0, "<html", 0, 5)) {
            return NONE;
        }
        try {
            if (text.startsWith("<")) {
                return fromXml(text);
            }
            Map<String, String> p = ResponseParameters.parse(contentType, text);
            return fromMap(p, text.startsWith("{") ? jsonNestedMessage(p) : null);
        } catch (RuntimeException unreadable) {
            return NONE;
        }
    }

    private static ProviderProblem fromMap(Map<String, String> p, String nestedMessage) {
        String problem = first(p, "oauth_problem", "error", "code");
        String advice = first(p, "oauth_problem_advice", "error_description", "message", "error_message");
        if (problem == null && advice == null && nestedMessage != null) {
            advice = nestedMessage;
        }
        return new ProviderProblem(clean(problem), clean(advice), clean(p.get("oauth_acceptable_timestamps")));
    }

    /** Twitter style: {"errors":[{"code":32,"message":"Could not authenticate you."}]}. */
    private static String jsonNestedMessage(Map<String, String> p) {
        String errors = p.get("errors");
        if (errors == null) {
            return null;
        }
        int m = errors.indexOf("\"message\"");
        if (m < 0) {
            return null;
        }
        int start = errors.indexOf('"', errors.indexOf(':', m) + 1);
        int end = start < 0 ? -1 : errors.indexOf('"', start + 1);
        return end < 0 ? null : errors.substring(start + 1, end);
    }

    private static ProviderProblem fromXml(String text) throws RuntimeException {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new InputSource(new StringReader(text)));
            String problem = element(d, "oauth_problem");
            String advice = element(d, "oauth_problem_advice");
            if (problem == null) {
                problem = element(d, "code");
            }
            if (advice == null) {
                advice = element(d, "message");
            }
            if (advice == null) {
                advice = element(d, "error");
            }
            return new ProviderProblem(clean(problem), clean(advice), null);
        } catch (Exception e) {
            return NONE;
        }
    }

    private static String element(Document d, String name) {
        NodeList nodes = d.getElementsByTagName(name);
        if (nodes.getLength() == 0) {
            return null;
        }
        String t = nodes.item(0).getTextContent();
        return t == null || t.isBlank() ? null : t.strip();
    }

    private static ProviderProblem fromWwwAuthenticate(String header) {
        if (header == null) {
            return NONE;
        }
        int i = header.indexOf("oauth_problem=");
        if (i < 0) {
            return NONE;
        }
        String problem = headerValue(header, i + 14);
        int a = header.indexOf("oauth_problem_advice=");
        int t = header.indexOf("oauth_acceptable_timestamps=");
        return new ProviderProblem(clean(problem), a < 0 ? null : clean(headerValue(header, a + 21)),
                t < 0 ? null : clean(headerValue(header, t + 28)));
    }

    private static String headerValue(String header, int at) {
        if (at < header.length() && header.charAt(at) == '"') {
            int end = header.indexOf('"', at + 1);
            return end < 0 ? header.substring(at + 1) : header.substring(at + 1, end);
        }
        int end = header.indexOf(',', at);
        return (end < 0 ? header.substring(at) : header.substring(at, end)).strip();
    }

    private static String first(Map<String, String> p, String... names) {
        for (String n : names) {
            String v = p.get(n);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** Printable, bounded text: a provider's words go into log lines and messages. */
    static String clean(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder(Math.min(text.length(), MAX_TEXT));
        for (int i = 0; i < text.length() && sb.length() < MAX_TEXT; i++) {
            char c = text.charAt(i);
            sb.append(Character.isISOControl(c) ? ' ' : c);
        }
        return sb.toString().strip();
    }
}
