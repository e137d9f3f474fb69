package dev.authlib.oauth1.internal.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.net.URI;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** {@code next}: what is followed (as it is, or percent-encoded), and what is ignored. */
class ReturnPathsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "/|/", "/app/done|/app/done", "/a/b?c=d&e=f#g|/a/b?c=d&e=f#g", "/a%20b|/a%20b", "/~u/!$&'()*+,;=:@|/~u/!$&'()*+,;=:@",
        "/caf\u00e9|/caf%C3%A9", "/\ud83d\ude00|/%F0%9F%98%80", "/x?q=\u00fc|/x?q=%C3%BC", "/a?b=/c?d|/a?b=/c?d"})
    void safePaths_areFollowed_nonAsciiPercentEncoded(String next, String expected) {
        String followed = ReturnPaths.sanitise(next);
        assertEquals(expected, followed);
        assertEquals(expected, URI.create(followed).toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "x", "https://evil.example", "//evil.example", "/\\evil.example", "/%2F%2Fevil",
        "/%5cevil", "/a\r\nb", "/a%0d%0ab", "/a b", "/a\tb", "/\"", "/<", "/>", "/{", "/}", "/|", "/^", "/`", "/[",
        "/]", "/%", "/%4", "/%zz", "/%\u0664\u0664", "/\u00a0", "/\u2028", "/\u2029", "/\u3000", "/\u200b",
        "/\u202e", "/\ufeff", "/\u0085", "/\ud800", "/\udc00x", "/\ue000", "/a#b#c", "/\u0000", "/\u007f"})
    void unsafeOrUnparsable_isIgnored(String next) {
        assertNull(ReturnPaths.sanitise(next), next);
    }

    @ParameterizedTest
    @ValueSource(ints = {2048, 2049})
    void longPaths_areBounded(int length) {
        String next = "/" + "a".repeat(length - 1);
        assertEquals(length <= ReturnPaths.MAX_LENGTH ? next : null, ReturnPaths.sanitise(next));
        assertNull(ReturnPaths.sanitise("/" + "\u00e9".repeat(700)), "bounded after encoding too");
    }
}
