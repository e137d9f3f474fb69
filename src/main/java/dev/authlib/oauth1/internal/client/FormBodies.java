package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.PercentEncoding;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Form and query text: parsing with repeated names kept, and appending encoded parameters to a URI. */
final class FormBodies {
    private FormBodies() {}

    static Map<String, List<String>> parse(String body) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        for (String pair : body.split("&", -1)) {
            if (pair.isEmpty()) {
                continue;
            }
            int eq = pair.indexOf('=');
            String name = PercentEncoding.decodeFormComponent(eq < 0 ? pair : pair.substring(0, eq));
            String value = eq < 0 ? "" : PercentEncoding.decodeFormComponent(pair.substring(eq + 1));
            out.computeIfAbsent(name, k -> new ArrayList<>()).add(value);
        }
        return out;
    }

    /** The URI with the parameters appended to its query, each name and value percent-encoded (RFC 3986). */
    static URI withQuery(URI uri, Map<String, String> parameters) {
        if (parameters.isEmpty()) {
            return uri;
        }
        StringBuilder sb = new StringBuilder(uri.toString());
        int hash = sb.indexOf("#");
        String fragment = hash < 0 ? "" : sb.substring(hash);
        if (hash >= 0) {
            sb.setLength(hash);
        }
        char sep = uri.getRawQuery() == null ? '?' : '&';
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            sb.append(sep).append(PercentEncoding.encode(e.getKey())).append('=')
                    .append(PercentEncoding.encode(e.getValue()));
            sep = '&';
        }
        return URI.create(sb.append(fragment).toString());
    }
}
