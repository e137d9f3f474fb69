package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Token responses (RFC 5849 §2.1, §2.3) as form or JSON bodies. */
class ResponseParametersTest {

    @Test
    void formResponse_keepsExtraFieldsInOrder() {
        Map<String, String> p = ResponseParameters.parseForm(
                "oauth_token=t0k&oauth_token_secret=s3c&user_id=42&screen_name=alice&oauth_callback_confirmed=true");
        assertEquals(List.of("oauth_token", "oauth_token_secret", "user_id", "screen_name", "oauth_callback_confirmed"),
                List.copyOf(p.keySet()));
        assertEquals("alice", p.get("screen_name"));
    }

    @Test
    void formResponse_decodesPlusAndEscapes() {
        Map<String, String> p = ResponseParameters.parseForm("name=Ada+Lovelace&x=%2B%26%3D%25&e=caf%C3%A9%F0%9F%98%80");
        assertEquals("Ada Lovelace", p.get("name"));
        assertEquals("+&=%", p.get("x"));
        assertEquals("café😀", p.get("e"));
    }

    @Test
    void formResponse_emptyAndBareNames_haveEmptyValues() {
        Map<String, String> p = ResponseParameters.parseForm("a=&b&c=1&&");
        assertEquals(Map.of("a", "", "b", "", "c", "1"), p);
    }

    @Test
    void formResponse_firstValueOfARepeatedNameWins() {
        assertEquals("1", ResponseParameters.parseForm("a=1&a=2").get("a"));
    }

    @Test
    void formResponse_malformedEscape_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> ResponseParameters.parseForm("oauth_token=a%2"));
        assertThrows(IllegalArgumentException.class, () -> ResponseParameters.parseForm("oauth_token=%zz"));
    }

    @Test
    void formResponse_isUnmodifiable() {
        assertThrows(UnsupportedOperationException.class,
                () -> ResponseParameters.parseForm("a=1").put("b", "2"));
    }

    @Test
    void jsonResponse_stringsWithEscapes() {
        Map<String, String> p = ResponseParameters.parseJson(
                "{\"a\":\"q\\\"b\\\\s\\/t\\n\\r\\t\\b\\f\",\"u\":\"caf\\u00e9 \\ud83d\\ude00\",\"raw\":\"é😀\"}");
        assertEquals("q\"b\\s/t\n\r\t\b\f", p.get("a"));
        assertEquals("café 😀", p.get("u"));
        assertEquals("é😀", p.get("raw"));
    }

    @Test
    void jsonResponse_numbersBooleansAndNull_areTheirText() {
        Map<String, String> p = ResponseParameters.parseJson(
                " { \"id\" : 42 , \"big\":12345678901234567890,\"f\":-1.5e3, \"ok\":true,\"no\":false,\"n\":null }\n");
        assertEquals("42", p.get("id"));
        assertEquals("12345678901234567890", p.get("big"));
        assertEquals("-1.5e3", p.get("f"));
        assertEquals("true", p.get("ok"));
        assertEquals("false", p.get("no"));
        assertEquals("null", p.get("n"));
    }

    @Test
    void jsonResponse_nestedValues_areKeptAsText() {
        Map<String, String> p = ResponseParameters.parseJson(
                "{\"oauth_token\":\"t\",\"user\":{\"id\":1,\"tags\":[\"a\",\"}\"]},\"list\":[1,[2,{}]],\"after\":\"x\"}");
        assertEquals("{\"id\":1,\"tags\":[\"a\",\"}\"]}", p.get("user"));
        assertEquals("[1,[2,{}]]", p.get("list"));
        assertEquals("x", p.get("after"));
        assertEquals(List.of("oauth_token", "user", "list", "after"), List.copyOf(p.keySet()));
    }

    @Test
    void jsonResponse_emptyObject_isEmpty() {
        assertEquals(Map.of(), ResponseParameters.parseJson("{}"));
        assertEquals(Map.of(), ResponseParameters.parseJson(" { } "));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "[]", "\"s\"", "{", "}", "{\"a\"}", "{\"a\":}", "{\"a\":1,}", "{\"a\":1 \"b\":2}",
        "{a:1}", "{'a':1}", "{\"a\":tru}", "{\"a\":undefined}", "{\"a\":\"x}", "{\"a\":\"\\x\"}",
        "{\"a\":\"\\u12\"}", "{\"a\":\"\\u+041\"}", "{\"a\":\"\\u-041\"}", "{\"a\":\"\\u00G1\"}", "{\"a\":1} x",
        "{\"a\":1}{}", "{\"a\":[1,2}", "{\"a\":\"tab\there\"}", "{\"a\":{\"b\":1}"})
    void malformedJson_isRejected(String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseParameters.parseJson(body));
        assertTrue(e.getMessage().startsWith("not a JSON object: "), e.getMessage());
    }

    /** What RFC 8259 rejects, inside nested values too (§2 white space, §4-§5 structure, §6 numbers, §7-§8 strings). */
    @ParameterizedTest
    @ValueSource(strings = {
        "{\"a\":-}", "{\"a\":[}}]}", "{\"a\":[1,]}", "{\"a\":[,1]}", "{\"a\":[1 2]}", "{\"a\":{\"b\"}}",
        "{\"a\":{1:2}}", "{\"a\":{\"b\":1,}}", "{\"a\":{\"b\":1]}", "{\"a\":[1}", "{\"a\":[tru]}",
        "{\"a\":[\"x]}", "{\"a\":TRUE}", "{\"a\":nulll}", "{\"a\":truefalse}", "{\"a\":01}",
        "{\"a\":-01}", "{\"a\":1.}", "{\"a\":.5}", "{\"a\":1e}", "{\"a\":1e+}", "{\"a\":+1}",
        "{\"a\":--1}", "{\"a\":1-2}", "{\"a\":1.2.3}", "{\"a\":0x10}", "{\"a\":Infinity}",
        "{\"a\":NaN}", "{\"a\":-Infinity}", "{\"a\":1,\"b\":[1e5,2E]}",
        "{\"a\":\"\\ud800\"}", "{\"a\":\"\\udc00\"}", "{\"a\":\"\\ud800x\"}",
        "{\"a\":\"\\ude00\\ud83d\"}", "{\"a\":\"\\ud83d\\u0041\"}", "{\"a\":[\"\\ud800\"]}",
        "{\"\\udfff\":1}", "{\"a\":\"\ud800\"}", "{\"a\":\"x\udc00\"}", "{\"a\":[\"\ud800\"]}",
        "{\"a\":1}\u00a0", "\u000b{\"a\":1}", "{\"a\":\u00a01}", "{\"a\":[1,\f2]}",
        "{\"a\":[\"\u0001\"]}", "{\"a\":{\"b\":\"\\q\"}}"})
    void whatRfc8259Rejects_isRejected(String body) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ResponseParameters.parseJson(body));
        assertTrue(e.getMessage().startsWith("not a JSON object: "), e.getMessage());
    }

    /** What RFC 8259 accepts, each value kept as its text (strings decoded). */
    @ParameterizedTest
    @ValueSource(strings = {"-0", "0", "-0.0", "0.5e-10", "1E+2", "-1.0E-2", "123456789012345678901234567890", "[]",
        "{}", "[[],{\"\":null}]", "[1,-2.5e3,true,false,null,\"\\ud83d\\ude00\"]", "{\"b\":{\"c\":[0]}}",
        "[ 1 , 2 ]", "true", "null"})
    void whatRfc8259Accepts_isKeptAsText(String value) {
        assertEquals(value, ResponseParameters.parseJson("{\"a\":" + value + "}").get("a"));
        assertEquals(value, ResponseParameters.parseJson("{\"a\":[" + value + "]}").get("a").substring(1,
                value.length() + 1));
    }

    @Test
    void surrogatePairs_escapedOrNot_areAccepted() {
        assertEquals("\ud83d\ude00\ud83d\ude00", ResponseParameters.parseJson(
                "{\"a\":\"\\ud83d\\ude00\ud83d\ude00\"}").get("a"));
    }

    @Test
    void deeplyNestedJson_isRejected() {
        String deep = "{\"a\":" + "[".repeat(100) + "]".repeat(100) + "}";
        assertThrows(IllegalArgumentException.class, () -> ResponseParameters.parseJson(deep));
    }

    @Test
    void contentTypeJson_isParsedAsJson() {
        assertEquals("t", ResponseParameters.parse("application/json; charset=utf-8", "{\"oauth_token\":\"t\"}")
                .get("oauth_token"));
    }

    @Test
    void contentTypeForm_isParsedAsForm() {
        assertEquals("t", ResponseParameters.parse("application/x-www-form-urlencoded", "oauth_token=t")
                .get("oauth_token"));
    }

    @Test
    void textHtmlOrPlainOrMissingType_isSniffed() {
        for (String type : new String[] {"text/html; charset=utf-8", "text/plain", null, ""}) {
            assertEquals("t", ResponseParameters.parse(type, "oauth_token=t&oauth_token_secret=s\n")
                    .get("oauth_token"), type);
            assertEquals("t", ResponseParameters.parse(type, "\n {\"oauth_token\":\"t\"}").get("oauth_token"), type);
        }
    }

    @Test
    void sniffedMalformedJson_isRejected() {
        assertThrows(IllegalArgumentException.class, () -> ResponseParameters.parse("text/html", "{oauth_token=t"));
    }

    @Test
    void formBodyStartingWithBrace_underFormType_staysForm() {
        assertEquals("1", ResponseParameters.parse("application/x-www-form-urlencoded", "{a}=1").get("{a}"));
    }
}
