package dev.authlib.oauth1.signature;

import java.util.LinkedHashMap;
import java.util.Map;

/** A strict reader of one JSON object (RFC 8259) into name → text; just what token and error bodies need. */
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
                out.putIfAbsent(name, readValueText());
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

    private String readValueText() {
        char c = peek();
        if (c == '"') {
            return readString();
        }
        if (c == '{' || c == '[') {
            int start = i;
            skipNested(0);
            return s.substring(start, i);
        }
        int start = i;
        while (i < s.length() && ",}] \t\r\n".indexOf(s.charAt(i)) < 0) {
            i++;
        }
        String literal = s.substring(start, i);
        if (literal.isEmpty() || !(literal.equals("true") || literal.equals("false") || literal.equals("null")
                || isNumber(literal))) {
            throw error("invalid value");
        }
        return literal;
    }

    private void skipNested(int depth) {
        if (depth > MAX_DEPTH) {
            throw error("nested too deeply");
        }
        char open = next();
        char close = open == '{' ? '}' : ']';
        while (true) {
            skipSpace();
            char c = peek();
            if (c == close) {
                i++;
                return;
            }
            if (c == '"') {
                readString();
            } else if (c == '{' || c == '[') {
                skipNested(depth + 1);
            } else {
                i++;
            }
        }
    }

    private String readString() {
        expect('"');
        StringBuilder sb = new StringBuilder();
        while (true) {
            char c = next();
            if (c == '"') {
                return sb.toString();
            }
            if (c == '\\') {
                char e = next();
                switch (e) {
                    case '"': case '\\': case '/': sb.append(e); break;
                    case 'b': sb.append('\b'); break;
                    case 'f': sb.append('\f'); break;
                    case 'n': sb.append('\n'); break;
                    case 'r': sb.append('\r'); break;
                    case 't': sb.append('\t'); break;
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
                        sb.append((char) unit);
                        i += 4;
                        break;
                    default: throw error("invalid escape");
                }
            } else if (c < 0x20) {
                throw error("control character in a string");
            } else {
                sb.append(c);
            }
        }
    }

    private static boolean isNumber(String t) {
        for (int k = 0; k < t.length(); k++) {
            if ("0123456789+-.eE".indexOf(t.charAt(k)) < 0) {
                return false;
            }
        }
        return true;
    }

    private void skipSpace() {
        while (i < s.length() && " \t\r\n".indexOf(s.charAt(i)) >= 0) {
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
