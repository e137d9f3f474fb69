package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RFC 5849 §3.6 (RFC 3986 §2.1, §2.3) encoding and the form decoding of §3.4.1.3.1. */
class PercentEncodingTest {

    @Test
    void unreservedCharacters_areKept() {
        String unreserved = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-._~";
        assertEquals(unreserved, PercentEncoding.encode(unreserved));
    }

    @Test
    void textNeedingNoEncoding_isReturnedAsIs() {
        String text = "abc-123";
        assertSame(text, PercentEncoding.encode(text));
    }

    @Test
    void everyOtherAsciiCharacter_isEncodedWithUpperCaseHex() {
        for (char c = 0; c < 128; c++) {
            String s = String.valueOf(c);
            boolean unreserved = Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0;
            String expected = unreserved ? s : String.format("%%%02X", (int) c);
            assertEquals(expected, PercentEncoding.encode(s), "U+" + Integer.toHexString(c));
        }
    }

    @Test
    void asterisk_isPercent2A() {
        assertEquals("%2A", PercentEncoding.encode("*"));
    }

    @Test
    void tilde_isKept() {
        assertEquals("~", PercentEncoding.encode("~"));
    }

    @Test
    void spaceIsPercent20_neverPlus() {
        assertEquals("a%20b", PercentEncoding.encode("a b"));
    }

    @Test
    void plus_isPercent2B() {
        assertEquals("1%2B1", PercentEncoding.encode("1+1"));
    }

    @Test
    void reservedAndDelimiters_areEncoded() {
        assertEquals("%21%23%24%25%26%27%28%29%2A%2B%2C%2F%3A%3B%3D%3F%40%5B%5D",
                PercentEncoding.encode("!#$%&'()*+,/:;=?@[]"));
    }

    @Test
    void alreadyEncodedText_isEncodedAgain() {
        assertEquals("%2520", PercentEncoding.encode("%20"));
        assertEquals("a%252Bb%253D", PercentEncoding.encode("a%2Bb%3D"));
    }

    @Test
    void twoByteUtf8_isEncodedPerOctet() {
        assertEquals("caf%C3%A9", PercentEncoding.encode("café"));
        assertEquals("%C3%9F", PercentEncoding.encode("ß"));
    }

    @Test
    void threeByteUtf8_isEncodedPerOctet() {
        assertEquals("%E2%82%AC", PercentEncoding.encode("€"));
        assertEquals("%E4%B8%AD%E6%96%87", PercentEncoding.encode("中文"));
    }

    @Test
    void fourByteEmoji_fromSurrogatePair_isOneFourOctetSequence() {
        String emoji = "😀"; // U+1F600, two UTF-16 units
        assertEquals(2, emoji.length());
        assertEquals("%F0%9F%98%80", PercentEncoding.encode(emoji));
        assertEquals("a%F0%9D%84%9Eb", PercentEncoding.encode("a\uD834\uDD1Eb")); // U+1D11E
    }

    @Test
    void everyCodePoint_isEncodedAsItsUtf8Octets() {
        for (int cp = 0x80; cp <= 0x10FFFF; cp += 97) {
            if (cp >= 0xD800 && cp <= 0xDFFF) {
                continue;
            }
            String s = new String(Character.toChars(cp));
            StringBuilder expected = new StringBuilder();
            for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
                expected.append(String.format("%%%02X", b & 0xFF));
            }
            assertEquals(expected.toString(), PercentEncoding.encode(s), "U+" + Integer.toHexString(cp));
        }
    }

    @Test
    void loneSurrogates_becomeReplacementCharacter() {
        assertEquals("a%EF%BF%BDb", PercentEncoding.encode("a\uD800b")); // high without low
        assertEquals("a%EF%BF%BDb", PercentEncoding.encode("a\uDC00b")); // low without high
        assertEquals("%EF%BF%BD", PercentEncoding.encode("\uD83D")); // high at the end
        assertEquals("%EF%BF%BD%EF%BF%BD", PercentEncoding.encode("\uDE00\uD83D")); // reversed pair
    }

    @Test
    void emptyText_isEmpty() {
        assertEquals("", PercentEncoding.encode(""));
    }

    @Test
    void nullText_isEmpty() {
        assertEquals("", PercentEncoding.encode(null));
    }

    @Test
    void decoding_turnsPlusIntoSpace() {
        assertEquals("a b c", PercentEncoding.decodeFormComponent("a+b%20c"));
    }

    @Test
    void decoding_readsOctetsAsUtf8_eitherHexCase() {
        assertEquals("café😀", PercentEncoding.decodeFormComponent("caf%C3%a9%F0%9F%98%80"));
    }

    @Test
    void decoding_decodesOnlyOnce() {
        assertEquals("%20", PercentEncoding.decodeFormComponent("%2520"));
        assertEquals("+", PercentEncoding.decodeFormComponent("%2B"));
    }

    @Test
    void decodingWithoutEscapes_returnsTheSameText() {
        String text = "plain-text_1.0~";
        assertSame(text, PercentEncoding.decodeFormComponent(text));
    }

    @Test
    void decodingInvalidUtf8_yieldsReplacementCharacter() {
        assertEquals("a\uFFFDb", PercentEncoding.decodeFormComponent("a%FFb"));
    }

    @Test
    void malformedPercent_isRejected() {
        for (String bad : new String[] {"%", "a%", "%4", "%G1", "%1G", "a%%20", "%-1", "%+1"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> PercentEncoding.decodeFormComponent(bad), bad);
            assertTrue(e.getMessage().contains("two hex digits"), e.getMessage());
        }
    }

    @Test
    void nonAsciiDigitsAfterPercent_areRejected() {
        // Character.digit accepts Arabic-Indic and full-width digits; a percent-escape takes ASCII hex only
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decodeFormComponent("%\u0663\u0663"));
        assertThrows(IllegalArgumentException.class, () -> PercentEncoding.decodeFormComponent("%\uFF21\uFF21"));
    }

    @Test
    void encodeThenDecode_roundTrips() {
        String text = "a b+c*d~e%20f&g=h#i/j?k 中 😀 \u0000";
        assertEquals(text, PercentEncoding.decodeFormComponent(PercentEncoding.encode(text)));
    }

    @Test
    void longNonAsciiText_growsTheBufferAsItGoes() {
        // each non-ASCII character reserves its own room: 2-, 3- and 4-byte UTF-8 forms, mixed with ASCII
        String text = "aé東😀 ~".repeat(2000) + "東".repeat(3000) + "😀".repeat(3000) + "\uD800" + "x";
        AsciiBuffer out = new AsciiBuffer(16);
        out.appendAscii("prefix=");
        PercentEncoding.appendEncoded(text, out);
        StringBuilder expected = new StringBuilder("prefix=");
        String fixed = text.replace("\uD800", "\uFFFD"); // a lone surrogate is encoded as U+FFFD
        for (byte b : fixed.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            boolean unreserved = c < 128 && (Character.isLetterOrDigit(c) || "-._~".indexOf(c) >= 0);
            expected.append(unreserved ? String.valueOf(c) : String.format("%%%02X", b & 0xFF));
        }
        assertEquals(expected.toString(), out.toString());
    }

    @Test
    void reencodingAPair_changesOnlyThePercentsAndTheEqualsSign() {
        byte[] pair = "n%C3%A9=a-b.c_d~e%2520".getBytes(StandardCharsets.US_ASCII);
        byte[] out = new byte[3 * pair.length];
        int end = PercentEncoding.reencodePair(pair, 0, pair.length, out, 0);
        assertEquals("n%25C3%25A9%3Da-b.c_d~e%252520", new String(out, 0, end, StandardCharsets.US_ASCII));
    }
}
