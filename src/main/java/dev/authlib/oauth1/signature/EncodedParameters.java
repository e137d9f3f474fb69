package dev.authlib.oauth1.signature;

import java.util.Arrays;

/**
 * The request parameters of RFC 5849 §3.4.1.3, each name and value already percent-encoded (§3.6), sorted and
 * joined as §3.4.1.3.2 requires. Repeated names are kept.
 */
final class EncodedParameters {
    private static final String SIGNATURE = "oauth_signature";
    private String[] pairs; // name, value, name, value, ...
    private int size;

    EncodedParameters(int expectedPairs) {
        pairs = new String[Math.max(8, expectedPairs * 2)];
    }

    void add(String encodedName, String encodedValue) {
        if (SIGNATURE.equals(encodedName)) {
            return; // §3.4.1.3.1: "oauth_signature" MUST be excluded from the base string if present
        }
        if (size + 2 > pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
        }
        pairs[size++] = encodedName;
        pairs[size++] = encodedValue;
    }

    /** Adds the parameters of a raw (still encoded) query or form body, normalising their encoding. */
    void addRawForm(String raw) {
        if (raw == null || raw.isEmpty()) {
            return;
        }
        int n = raw.length();
        int start = 0;
        while (start <= n) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                int eq = raw.indexOf('=', start);
                if (eq < 0 || eq > end) {
                    add(normalise(raw.substring(start, end)), "");
                } else {
                    add(normalise(raw.substring(start, eq)), normalise(raw.substring(eq + 1, end)));
                }
            }
            start = end + 1;
        }
    }

    /** A raw component decoded by form rules, then encoded per §3.6; most components need neither step. */
    private static String normalise(String rawComponent) {
        if (PercentEncoding.isUnreserved(rawComponent)) {
            return rawComponent;
        }
        return PercentEncoding.encode(PercentEncoding.decodeFormComponent(rawComponent));
    }

    /** Sorts by encoded name, then encoded value, by code point (§3.4.1.3.2 step 2). */
    void sort() {
        int pairsCount = size / 2;
        if (pairsCount <= 40) {
            for (int i = 1; i < pairsCount; i++) { // insertion sort: no allocation, fast for the usual handful
                String n = pairs[2 * i];
                String v = pairs[2 * i + 1];
                int j = i - 1;
                while (j >= 0 && compare(pairs[2 * j], pairs[2 * j + 1], n, v) > 0) {
                    pairs[2 * j + 2] = pairs[2 * j];
                    pairs[2 * j + 3] = pairs[2 * j + 1];
                    j--;
                }
                pairs[2 * j + 2] = n;
                pairs[2 * j + 3] = v;
            }
            return;
        }
        Integer[] order = new Integer[pairsCount];
        for (int i = 0; i < pairsCount; i++) {
            order[i] = i;
        }
        String[] src = pairs;
        Arrays.sort(order, (a, b) -> compare(src[2 * a], src[2 * a + 1], src[2 * b], src[2 * b + 1]));
        String[] sorted = new String[pairs.length];
        for (int i = 0; i < pairsCount; i++) {
            sorted[2 * i] = src[2 * order[i]];
            sorted[2 * i + 1] = src[2 * order[i] + 1];
        }
        pairs = sorted;
    }

    private static int compare(String n1, String v1, String n2, String v2) {
        int c = n1.compareTo(n2); // encoded text is ASCII: UTF-16 order is byte order
        return c != 0 ? c : v1.compareTo(v2);
    }

    /** Appends {@code name=value&...} percent-encoded once more, as it stands in the base string (§3.4.1.1). */
    void appendNormalisedEncoded(AsciiBuffer out) {
        for (int i = 0; i < size; i += 2) {
            if (i > 0) {
                out.appendAscii("%26");
            }
            PercentEncoding.appendReencoded(pairs[i], out);
            out.appendAscii("%3D");
            PercentEncoding.appendReencoded(pairs[i + 1], out);
        }
    }

    /** The normalised parameter string itself (§3.4.1.3.2), for diagnostics and tests. */
    String normalised() {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < size; i += 2) {
            if (i > 0) {
                sb.append('&');
            }
            sb.append(pairs[i]).append('=').append(pairs[i + 1]);
        }
        return sb.toString();
    }
}
