package dev.authlib.demo.provider;

import dev.authlib.oauth1.signature.PercentEncoding;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Reads a request's parameters as RFC 5849 §3.5 places them: the protocol parameters from the {@code Authorization:
 * OAuth} header (§3.5.1), else from the form body (§3.5.2) or the query (§3.5.3); the other parameters from the
 * query and the form body.
 */
final class ProtocolParameters {
    private ProtocolParameters() {}

    /** The {@code oauth_*} parameters, decoded; a parameter given twice is rejected. */
    static Map<String, String> oauth(String authorization, Map<String, List<String>> query,
            Map<String, List<String>> form) {
        if (authorization != null && authorization.regionMatches(true, 0, "OAuth ", 0, 6)) {
            return header(authorization.substring(6));
        }
        Map<String, String> out = new LinkedHashMap<>();
        for (Map<String, List<String>> source : List.of(form, query)) {
            for (Map.Entry<String, List<String>> e : source.entrySet()) {
                if (e.getKey().startsWith("oauth_")) {
                    if (e.getValue().size() != 1 || out.putIfAbsent(e.getKey(), e.getValue().get(0)) != null) {
                        throw ProviderProblem.badRequest("parameter_rejected", e.getKey() + " given more than once");
                    }
                }
            }
        }
        return out;
    }

    /** {@code name="value", ...} of the Authorization header (§3.5.1): values percent-encoded, {@code realm} not. */
    private static Map<String, String> header(String h) {
        Map<String, String> out = new LinkedHashMap<>();
        int i = 0;
        int n = h.length();
        while (i < n) {
            while (i < n && (h.charAt(i) == ' ' || h.charAt(i) == ',')) {
                i++;
            }
            if (i == n) {
                break;
            }
            int eq = h.indexOf('=', i);
            if (eq < 0 || eq + 1 >= n || h.charAt(eq + 1) != '"') {
                throw ProviderProblem.badRequest("parameter_rejected", "malformed Authorization header");
            }
            String name = h.substring(i, eq).trim().toLowerCase(Locale.ROOT).equals("realm") ? "realm"
                    : h.substring(i, eq).trim();
            StringBuilder value = new StringBuilder();
            i = eq + 2;
            while (i < n && h.charAt(i) != '"') {
                if (h.charAt(i) == '\\' && i + 1 < n) {
                    i++;
                }
                value.append(h.charAt(i++));
            }
            if (i >= n) {
                throw ProviderProblem.badRequest("parameter_rejected", "unterminated value in the Authorization header");
            }
            i++;
            String v = name.equals("realm") ? value.toString() : decode(value.toString());
            if (!name.equals("realm") && out.putIfAbsent(name, v) != null) {
                throw ProviderProblem.badRequest("parameter_rejected", name + " given more than once");
            }
        }
        return out;
    }

    /** A form-encoded text ({@code a=1&b=2}) as decoded name → values, in order. */
    static Map<String, List<String>> form(String encoded) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return out;
        }
        for (String pair : encoded.split("&")) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = decode(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The query without its {@code oauth_*} parameters, the others kept exactly as sent; {@code null} when none. */
    static String queryWithoutOAuth(String rawQuery) {
        if (rawQuery == null) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String pair : rawQuery.split("&")) {
            if (!pair.isEmpty() && !decode(pair.split("=", 2)[0]).startsWith("oauth_")) {
                sb.append(sb.length() == 0 ? "" : "&").append(pair);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    private static String decode(String s) {
        try {
            return PercentEncoding.decodeFormComponent(s);
        } catch (IllegalArgumentException e) {
            throw ProviderProblem.badRequest("parameter_rejected", "malformed percent-encoding");
        }
    }
}
