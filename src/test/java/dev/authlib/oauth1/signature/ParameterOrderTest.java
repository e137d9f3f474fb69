package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * §3.4.1.3.2 step 2 with sort keys: the 8-byte name prefixes must order exactly as the names do, and ties must fall
 * back to the full names, then the values. Checked against a plain sort of "name", "value" strings.
 */
class ParameterOrderTest {

    private static long key(String encodedName) {
        byte[] b = encodedName.getBytes(StandardCharsets.US_ASCII);
        return ParameterOrder.prefixKey(b, 0, b.length);
    }

    /** The encoded pairs, sorted by EncodedParameters; the input order is kept in the query. */
    private static String sorted(List<String[]> pairs) {
        StringBuilder raw = new StringBuilder();
        for (String[] p : pairs) {
            raw.append(raw.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        }
        EncodedParameters params = new EncodedParameters(4);
        params.addRawForm(raw.toString());
        params.sort();
        return params.normalised();
    }

    private static String expected(List<String[]> pairs) {
        List<String[]> copy = new ArrayList<>(pairs);
        copy.sort(Comparator.<String[], String>comparing(p -> p[0]).thenComparing(p -> p[1]));
        StringBuilder sb = new StringBuilder();
        for (String[] p : copy) {
            sb.append(sb.length() == 0 ? "" : "&").append(p[0]).append('=').append(p[1]);
        }
        return sb.toString();
    }

    @Test
    void prefixKeys_orderAsTheNamesDo() {
        assertTrue(key("") < key("a"));
        assertTrue(key("a") < key("a0"), "a shorter name sorts before its extensions");
        assertTrue(key("a0") < key("aa"));
        assertTrue(key("%7E") < key("-"), "'%' is below every unreserved character");
        assertTrue(key("Z") < key("_") && key("_") < key("a") && key("z") < key("~"));
        assertTrue(key("oauth_co") < key("oauth_no"));
        assertTrue(key("oauth_timestamp") < key("oauth_token"));
        assertEquals(key("greeting_de"), key("greeting_ru"), "only the first 8 bytes make the key");
    }

    @Test
    void namesEqualInTheirFirst8Bytes_areOrderedByTheRest_thenByValue() {
        List<String[]> pairs = List.of(new String[] {"greeting_ru", "b"}, new String[] {"greeting_de", "z"},
                new String[] {"greeting", "x"}, new String[] {"greeting_de", "a"}, new String[] {"greetings", ""},
                new String[] {"greeting_ar", "%C3%A9"});
        assertEquals("greeting=x&greeting_ar=%C3%A9&greeting_de=a&greeting_de=z&greeting_ru=b&greetings=",
                sorted(pairs));
    }

    @Test
    void longNames_differingOnlyAtTheEnd_areOrdered() {
        String stem = "x".repeat(200);
        List<String[]> pairs = List.of(new String[] {stem + "b", "1"}, new String[] {stem + "a", "2"},
                new String[] {stem, "3"}, new String[] {stem + "a", "1"});
        assertEquals(expected(pairs), sorted(pairs));
    }

    @Test
    void encodedNonAsciiNames_sortByTheirEncodedBytes() {
        // "é" is %C3%A9: '%' sorts before every unreserved character, so it comes before "A" and "a"
        List<String[]> pairs = List.of(new String[] {"a", "1"}, new String[] {"%C3%A9", "2"},
                new String[] {"A", "3"}, new String[] {"%C3%A8x", "4"}, new String[] {"%E6%9D%B1%E4%BA%AC", "5"});
        assertEquals("%C3%A8x=4&%C3%A9=2&%E6%9D%B1%E4%BA%AC=5&A=3&a=1", sorted(pairs));
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 1, 2, 9, 32, 33, 41, 64, 300})
    void anyCount_matchesAPlainSort(int count) {
        // 32 and fewer use the insertion sort, more the merge sort; names share prefixes on purpose
        Random random = new Random(5849 + count);
        String[] stems = {"a", "oauth_", "oauth_token", "include_", "x".repeat(12), "%C3%A9", "~"};
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String name = stems[random.nextInt(stems.length)] + (random.nextBoolean() ? "" : random.nextInt(20));
            String value = random.nextInt(4) == 0 ? "" : "%2" + random.nextInt(10) + "v" + random.nextInt(5);
            pairs.add(new String[] {name, value});
        }
        Collections.shuffle(pairs, random);
        assertEquals(expected(pairs), sorted(pairs));
    }

    @Test
    void alreadySortedAndReversedInput_areSorted() {
        List<String[]> pairs = new ArrayList<>();
        for (int i = 0; i < 100; i++) {
            pairs.add(new String[] {String.format("p%03d", i / 2), "v" + (i % 2)});
        }
        assertEquals(expected(pairs), sorted(pairs));
        Collections.reverse(pairs);
        assertEquals(expected(pairs), sorted(pairs));
    }

    @Test
    void aReusedList_sortsTheNextRequestAfresh() {
        EncodedParameters params = new EncodedParameters(4);
        StringBuilder big = new StringBuilder();
        for (int i = 300; i > 0; i--) {
            big.append("n").append(i).append("=v&");
        }
        params.addRawForm(big.toString());
        params.sort();
        params.clear();
        params.addRawForm("b=2&a=1");
        params.sort();
        assertEquals("a=1&b=2", params.normalised());
    }
}
