package dev.authlib.oauth1.signature;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The request parameters of RFC 5849 §3.4.1.3, each name and value percent-encoded (§3.6), sorted and joined as
 * §3.4.1.3.2 requires. Repeated names are kept.
 *
 * <p>All encoded text lives in one ASCII buffer as {@code name=value}; a parameter is a slice of it (start, the
 * {@code =}, end), so no String is made per name or value. The form parameters are written first, joined by
 * {@code &}: that stretch of the buffer is the form body as sent. The signer's constant protocol parameters come
 * with their base-string text prepared. Reusable: {@link #clear} empties it.
 */
final class EncodedParameters {
    private static final int MAX_KEPT_BYTES = 16 * 1024;
    private static final int MAX_KEPT_PAIRS = 256;
    private static final byte[] SIGNATURE = {'o', 'a', 'u', 't', 'h', '_', 's', 'i', 'g', 'n', 'a', 't', 'u', 'r', 'e'};

    private final AsciiBuffer text = new AsciiBuffer(512);
    private byte[][] prepared = new byte[8][]; // base-string text of the prepared parameters
    private int preparedCount;
    private int[] slices; // per parameter: name start, '=', value end, index in prepared or -1
    private final ParameterOrder order;
    private final ParameterOrder.FullComparison fullComparison = this::compareFully;
    private int count;

    EncodedParameters(int expectedPairs) {
        int capacity = Math.max(16, expectedPairs);
        slices = new int[4 * capacity];
        order = new ParameterOrder(capacity);
    }

    /** Empties this list for the next request; arrays grown by a very large request are not kept. */
    void clear() {
        count = 0;
        text.clear(MAX_KEPT_BYTES);
        Arrays.fill(prepared, 0, preparedCount, null);
        preparedCount = 0;
        if (slices.length > 4 * MAX_KEPT_PAIRS) {
            slices = new int[4 * 16];
        }
        order.clear(MAX_KEPT_PAIRS);
    }

    /** Adds the parameters of a raw (still encoded) query or form body, normalising their encoding. */
    void addRawForm(String raw) {
        if (raw == null) {
            return;
        }
        int n = raw.length();
        int start = 0;
        while (start < n) {
            int amp = raw.indexOf('&', start);
            int end = amp < 0 ? n : amp;
            if (end > start) {
                int eq = start;
                while (eq < end && raw.charAt(eq) != '=') {
                    eq++; // a name without '=' has an empty value
                }
                int nameStart = text.length();
                appendNormalised(raw, start, eq);
                int equals = text.length();
                text.append((byte) '=');
                appendNormalised(raw, Math.min(eq + 1, end), end);
                add(nameStart, equals, -1);
            }
            start = end + 1;
        }
    }

    /** A raw component decoded by form rules, then encoded per §3.6; most components need neither step. */
    private void appendNormalised(String raw, int from, int to) {
        byte[] b = text.reserve(to - from);
        int at = text.length();
        for (int i = from; i < to; i++) {
            char c = raw.charAt(i);
            if (!PercentEncoding.isUnreserved(c)) {
                PercentEncoding.appendEncoded(PercentEncoding.decodeFormComponent(raw.substring(from, to)), text);
                return;
            }
            b[at++] = (byte) c;
        }
        text.setLength(at);
    }

    /**
     * Adds the parameters of a form body (decoded names and values, in body order), each value encoded once.
     *
     * @return the encoded body, or {@code null} when the map is empty
     */
    String addForm(Map<String, List<String>> form) {
        if (form.isEmpty()) {
            return null;
        }
        int bodyStart = text.length();
        for (Map.Entry<String, List<String>> e : form.entrySet()) {
            List<String> values = e.getValue();
            if (values == null || values.isEmpty()) {
                continue;
            }
            String name = e.getKey() == null ? "" : e.getKey();
            for (String value : values) {
                if (text.length() > bodyStart) {
                    text.append((byte) '&');
                }
                int nameStart = text.length();
                PercentEncoding.appendEncoded(name, text);
                int equals = text.length();
                text.append((byte) '=');
                PercentEncoding.appendEncoded(value == null ? "" : value, text);
                add(nameStart, equals, -1); // an oauth_signature stays in the body, out of the base string
            }
        }
        return text.toString(bodyStart, text.length());
    }

    /** Adds a parameter whose name and value are already encoded. */
    void add(String encodedName, String encodedValue) {
        int nameStart = text.length();
        text.appendAscii(encodedName);
        int equals = text.length();
        text.append((byte) '=');
        text.appendAscii(encodedValue);
        add(nameStart, equals, -1);
    }

    /**
     * Adds a parameter prepared once for many requests (the signer's constant protocol parameters): its encoded
     * {@code name=value}, its sort key and its base-string text are copied rather than computed.
     */
    void add(Prepared parameter) {
        int nameStart = text.length();
        text.append(parameter.encodedPair);
        if (preparedCount == prepared.length) {
            prepared = Arrays.copyOf(prepared, preparedCount * 2);
        }
        prepared[preparedCount] = parameter.twiceEncodedPair;
        add(nameStart, nameStart + parameter.nameLength, preparedCount++, parameter.sortKey);
    }

    private void add(int nameStart, int equals, int prepared) {
        add(nameStart, equals, prepared, ParameterOrder.prefixKey(text.array(), nameStart, equals));
    }

    private void add(int nameStart, int equals, int prepared, long sortKey) {
        byte[] t = text.array();
        if (equals - nameStart == SIGNATURE.length
                && Arrays.equals(t, nameStart, equals, SIGNATURE, 0, SIGNATURE.length)) {
            return; // §3.4.1.3.1: "oauth_signature" MUST be excluded from the base string if present
        }
        if (4 * count + 4 > slices.length) {
            slices = Arrays.copyOf(slices, slices.length * 2);
        }
        int s = 4 * count;
        slices[s] = nameStart;
        slices[s + 1] = equals;
        slices[s + 2] = text.length();
        slices[s + 3] = prepared;
        order.add(count, sortKey);
        count++;
    }

    /** Sorts by encoded name, then encoded value, by byte (§3.4.1.3.2 step 2). */
    void sort() {
        order.sort(count, fullComparison);
    }

    /** The full comparison, for parameters whose names share their first 8 bytes. */
    private int compareFully(int a, int b) {
        byte[] t = text.array();
        int sa = 4 * a;
        int sb = 4 * b;
        int c = Arrays.compare(t, slices[sa], slices[sa + 1], t, slices[sb], slices[sb + 1]); // ASCII: signed is fine
        return c != 0 ? c : Arrays.compare(t, slices[sa + 1] + 1, slices[sa + 2], t, slices[sb + 1] + 1, slices[sb + 2]);
    }

    /**
     * Appends {@code name=value&...} in sorted order and percent-encoded once more, as it stands in the base string
     * (§3.4.1.1); after {@link #sort()}.
     */
    void appendNormalisedEncoded(AsciiBuffer out) {
        byte[] t = text.array();
        for (int k = 0; k < count; k++) {
            int s = 4 * order.at(k);
            byte[] ready = slices[s + 3] >= 0 ? prepared[slices[s + 3]] : null;
            int from = slices[s];
            int to = slices[s + 2];
            byte[] b = out.reserve(3 + (ready != null ? ready.length : 3 * (to - from)));
            int at = out.length();
            if (k > 0) {
                b[at++] = '%';
                b[at++] = '2';
                b[at++] = '6';
            }
            if (ready != null) {
                System.arraycopy(ready, 0, b, at, ready.length);
                at += ready.length;
            } else {
                at = PercentEncoding.reencodePair(t, from, to, b, at);
            }
            out.setLength(at);
        }
    }

    /** A parameter encoded once for many requests, with its sort key and its base-string text ({@code name%3Dvalue}). */
    static final class Prepared {
        final byte[] encodedPair;
        final int nameLength;
        final long sortKey;
        final byte[] twiceEncodedPair;

        Prepared(String encodedName, String encodedValue) {
            encodedPair = (encodedName + '=' + encodedValue).getBytes(StandardCharsets.US_ASCII);
            nameLength = encodedName.length();
            sortKey = ParameterOrder.prefixKey(encodedPair, 0, nameLength);
            twiceEncodedPair = (PercentEncoding.encode(encodedName) + "%3D" + PercentEncoding.encode(encodedValue))
                    .getBytes(StandardCharsets.US_ASCII);
        }
    }

    /** The normalised parameter string itself (§3.4.1.3.2), for diagnostics and tests; after {@link #sort()}. */
    String normalised() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < count; k++) {
            if (k > 0) {
                sb.append('&');
            }
            int s = 4 * order.at(k);
            sb.append(text.toString(slices[s], slices[s + 2]));
        }
        return sb.toString();
    }
}
