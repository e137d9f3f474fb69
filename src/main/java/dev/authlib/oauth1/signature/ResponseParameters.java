package dev.authlib.oauth1.signature;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Reads the parameters of a provider's response: the {@code application/x-www-form-urlencoded} token responses of
 * RFC 5849 §2.1 and §2.3, and the JSON bodies some providers send instead. Extra fields ({@code user_id},
 * {@code screen_name}, ...) are kept, in order.
 */
public final class ResponseParameters {
    private ResponseParameters() {}

    /**
     * Parses a body by its media type, sniffing when the type says nothing useful (several providers answer token
     * requests as {@code text/html} or {@code text/plain}).
     *
     * @param contentType the {@code Content-Type}, or {@code null}
     * @param body the body text
     * @return the parameters, first value of each name; unmodifiable
     * @throws IllegalArgumentException if the body is malformed
     */
    public static Map<String, String> parse(String contentType, String body) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        String trimmed = body.strip();
        if (type.contains("json") || (!type.contains("form-urlencoded") && trimmed.startsWith("{"))) {
            return parseJson(trimmed);
        }
        return parseForm(trimmed);
    }

    /**
     * Parses {@code name=value&...} with form decoding; the first value of a repeated name wins.
     *
     * @param body the encoded text
     * @return the decoded parameters; unmodifiable
     * @throws IllegalArgumentException on malformed percent-encoding
     */
    public static Map<String, String> parseForm(String body) {
        Map<String, String> out = new LinkedHashMap<>();
        int n = body.length();
        int start = 0;
        while (start < n) {
            int amp = body.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                int eq = body.indexOf('=', start);
                String name;
                String value;
                if (eq < 0 || eq > end) {
                    name = body.substring(start, end);
                    value = "";
                } else {
                    name = body.substring(start, eq);
                    value = body.substring(eq + 1, end);
                }
                out.putIfAbsent(PercentEncoding.decodeFormComponent(name), PercentEncoding.decodeFormComponent(value));
            }
            start = end + 1;
        }
        return Collections.unmodifiableMap(out);
    }

    /**
     * Parses a JSON object: strings, numbers, booleans and {@code null} become their text; a nested object or array is
     * kept as its JSON text.
     *
     * @param body the JSON text
     * @return the members; unmodifiable
     * @throws IllegalArgumentException if the text is not a JSON object
     */
    public static Map<String, String> parseJson(String body) {
        return Collections.unmodifiableMap(new JsonObjectReader(body).readObject());
    }
}
