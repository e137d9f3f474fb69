package dev.authlib.oauth1.signature;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A strict reader of one JSON object (RFC 8259) into name → text; just what token and error bodies need. Every value
 * is checked against the grammar of RFC 8259 §2-§7, nested ones too (kept as their source text); strings must be
 * well-formed UTF-16 (no lone surrogate, escaped or not, §8.2). Whatever RFC 8259 rejects is an
 * {@link IllegalArgumentException}. The first of repeated names wins (§4 leaves it open).
 */
final class JsonObjectReader {
    private static final int MAX_DEPTH = 32;
    private final String s;
    private int i;

    JsonObjectReader(String text) {
        this.s = text;
    }

    Map<String, String> readObject() {
        skipSpace();
        Map<String, String> out = new LinkedHashMap<>();
        expect('{');
        skipSpace();
        if (peek() == '}') {
            i++;
        } else {
            while (true) {
                skipSpace();
                String name = readString();
                skipSpace();
                expect(':');
                skipSpace();
                out.putIfAbsent(name, readTopValue());
                skipSpace();
                char c = next();
                if (c == '}') {
                    break;
                }
                if (c != ',') {
                    throw error("expected ',' or '}'");
                }
            }
        }
        skipSpace();
        if (i != s.length()) {
            throw error("unexpected text after the object");
        }
        return out;
    }

    /** A member's value: a string's content, or any other value's source text. */
    private String readTopValue() {
        if (peek() == '"') {
            return readString();
        }
        int start = i;
        skipValue(1);
        return s.substring(start, i);
    }

    /** Skips one value (RFC 8259 §3), checking it. */
    private void skipValue(int depth) {
        char c = peek();
        switch (c) {
            case '{':
            case '[':
                skipContainer(depth);
                break;
            case '"':
                readString();
                break;
            case 't':
                literal("true");
                break;
            case 'f':
                literal("false");
                break;
            case 'n':
                literal("null");
                break;
            default:
                number();
        }
    }

    /** An object or an array (§4, §5), with every member or element checked. */
    private void skipContainer(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        char open = next();
        char close = open == '{' ? '}' : ']';
        skipSpace();
        if (peek() == close) {
            i++;
            return;
        }
        while (true) {
            skipSpace();
            if (open == '{') {
                readString();
                skipSpace();
                expect(':');
                skipSpace();
            }
            skipValue(depth + 1);
            skipSpace();
            char c = next();
            if (c == close) {
                return;
            }
            if (c != ',') {
                throw error("expected ',' or '" + close + "'");
            }
        }
    }

    private void literal(String word) {
        if (!s.startsWith(word, i)) {
            throw error("invalid value");
        }
        i += word.length();
    }

    /** §6: {@code -? (0 | [1-9][0-9]*) (. [0-9]+)? ([eE] [+-]? [0-9]+)?} */
    private void number() {
        int start = i;
        if (at('-')) {
            i++;
        }
        if (at('0')) {
            i++;
        } else if (digits() == 0) {
            throw error(i == start ? "invalid value" : "invalid number");
        }
        if (at('.')) {
            i++;
            if (digits() == 0) {
                throw error("invalid number");
            }
        }
        if (at('e') || at('E')) {
            i++;
            if (at('+') || at('-')) {
                i++;
            }
            if (digits() == 0) {
                throw error("invalid number");
            }
        }
    }

    private int digits() {
        int start = i;
        while (i < s.length() && s.charAt(i) >= '0' && s.charAt(i) <= '9') {
            i++;
        }
        return i - start;
    }

    private boolean at(char c) {
        return i < s.length() && s.charAt(i) == c;
    }

    /** §7, with the code units checked to pair up (§8.2). */
    private String readString() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                if (sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1))) {
                    throw error("lone surrogate in a string");
                }
                return sb.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case '"': case '\\': case '/': append(sb, e); break;
                    case 'b': append(sb, '\b'); break;
                    case 'f': append(sb, '\f'); break;
                    case 'n': append(sb, '\n'); break;
                    case 'r': append(sb, '\r'); break;
                    case 't': append(sb, '\t'); break;
                    case 'u':
                        if (i + 4 > s.length()) {
                            throw error("truncated \\u escape");
                        }
                        int unit = 0;
                        for (int k = 0; k < 4; k++) {
                            int d = PercentEncoding.hexDigit(s.charAt(i + k)); // four ASCII hex digits, no sign
                            if (d < 0) {
                                throw error("invalid \\u escape");
                            }
                            unit = (unit << 4) | d;
                        }
                        i += 4;
                        append(sb, (char) unit);
                        break;
                    default: throw error("invalid escape");
                }
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                append(sb, c);
            }
        }
    }

    /** Appends a code unit, refusing a low surrogate without its high one and a high one without its low one. */
    private void append(StringBuilder sb, char c) {
        boolean pending = sb.length() > 0 && Character.isHighSurrogate(sb.charAt(sb.length() - 1));
        if (Character.isLowSurrogate(c) != pending) {
            throw error("lone surrogate in a string");
        }
        sb.append(c);
    }

    /** RFC 8259 §2: space, tab, line feed, carriage return; nothing else. */
    private void skipSpace() {
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c != ' ' && c != '\t' && c != '\n' && c != '\r') {
                return;
            }
            i++;
        }
    }

    private char peek() {
        if (i >= s.length()) {
            throw error("unexpected end");
        }
        return s.charAt(i);
    }

    private char next() {
        char c = peek();
        i++;
        return c;
    }

    private void expect(char c) {
        if (next() != c) {
            throw error("expected '" + c + "'");
        }
    }

    private IllegalArgumentException error(String what) {
        return new IllegalArgumentException("not a JSON object: " + what + " at offset " + i);
    }
}
