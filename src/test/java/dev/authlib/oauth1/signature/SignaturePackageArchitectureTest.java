package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The protocol core depends on the JDK only (DESIGN.md, layer table): its sources import nothing outside
 * {@code java.*} and {@code javax.crypto.*} (both in the {@code java.base} module), and avoid the habits STYLE.md
 * rules out: {@code URLEncoder}-based encoding, {@code java.util.Random} nonces, regular expressions.
 */
class SignaturePackageArchitectureTest {

    private static final Path PACKAGE = Path.of("src/main/java/dev/authlib/oauth1/signature");
    private static final Pattern IMPORT = Pattern.compile("^\\s*import\\s+(static\\s+)?([\\w.]+(?:\\.\\*)?)\\s*;",
            Pattern.MULTILINE);
    /** A qualified type name used in code without an import, such as {@code java.io.IOException}. */
    private static final Pattern QUALIFIED = Pattern.compile("(?<![\\w.])((?:[a-z][a-z0-9_]*\\.){2,}[A-Z]\\w*)");

    private static Map<String, String> sources;

    @BeforeAll
    static void readSources() throws IOException {
        sources = new TreeMap<>();
        try (Stream<Path> files = Files.list(PACKAGE)) {
            for (Path f : (Iterable<Path>) files.filter(p -> p.toString().endsWith(".java"))::iterator) {
                sources.put(f.getFileName().toString(), Files.readString(f, StandardCharsets.UTF_8));
            }
        }
        assertTrue(sources.containsKey("OAuth1Signer.java") && sources.size() >= 15, sources.keySet().toString());
    }

    private static boolean isJdkBase(String name) {
        return name.startsWith("java.") || name.startsWith("javax.crypto.");
    }

    /** The code only: comments blanked, string and character literals emptied, in one pass. */
    static String code(String source) {
        StringBuilder out = new StringBuilder(source.length());
        int i = 0;
        int n = source.length();
        while (i < n) {
            char c = source.charAt(i);
            if (source.startsWith("//", i)) {
                while (i < n && source.charAt(i) != '\n') {
                    i++;
                }
            } else if (source.startsWith("/*", i)) {
                int end = source.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
                out.append(' ');
            } else if (source.startsWith("\"\"\"", i)) {
                int end = source.indexOf("\"\"\"", i + 3);
                i = end < 0 ? n : end + 3;
                out.append("\"\"");
            } else if (c == '"' || c == '\'') {
                i++;
                while (i < n && source.charAt(i) != c) {
                    i += source.charAt(i) == '\\' ? 2 : 1;
                }
                i++;
                out.append(c).append(c);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    @Test
    void importsAreJdkOnly() {
        List<String> offending = new ArrayList<>();
        int imports = 0;
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher m = IMPORT.matcher(e.getValue());
            while (m.find()) {
                imports++;
                if (!isJdkBase(m.group(2))) {
                    offending.add(e.getKey() + ": " + m.group(2));
                }
            }
        }
        assertTrue(imports > 20, "parsed " + imports + " imports");
        assertEquals(List.of(), offending);
    }

    @Test
    void importedTypes_liveInTheJavaBaseModule() throws Exception {
        for (Map.Entry<String, String> e : sources.entrySet()) {
            Matcher m = IMPORT.matcher(e.getValue());
            while (m.find()) {
                if (m.group(1) == null && !m.group(2).endsWith(".*")) {
                    Class<?> type = Class.forName(m.group(2));
                    assertEquals("java.base", type.getModule().getName(), e.getKey() + ": " + m.group(2));
                }
            }
        }
    }

    @Test
    void qualifiedNamesInCode_areJdkOnly() {
        List<String> offending = new ArrayList<>();
        for (Map.Entry<String, String> e : sources.entrySet()) {
            String code = IMPORT.matcher(code(e.getValue())).replaceAll("");
            code = code.replaceAll("(?m)^\\s*package\\s+[\\w.]+;", "");
            Matcher m = QUALIFIED.matcher(code);
            while (m.find()) {
                if (!isJdkBase(m.group(1))) {
                    offending.add(e.getKey() + ": " + m.group(1));
                }
            }
        }
        assertEquals(List.of(), offending);
    }

    @Test
    void noUrlEncoderOrDecoder() {
        sources.forEach((file, source) -> {
            String code = code(source);
            assertFalse(code.contains("URLEncoder"), file);
            assertFalse(code.contains("URLDecoder"), file);
        });
    }

    @Test
    void noJavaUtilRandom() {
        Pattern random = Pattern.compile("(?<![\\w])Random\\b|java\\.util\\.Random\\b|ThreadLocalRandom|Math\\.random");
        sources.forEach((file, source) -> {
            Matcher m = random.matcher(code(source));
            assertFalse(m.find(), () -> file + " uses " + m.group());
        });
        assertTrue(sources.get("Nonces.java").contains("SecureRandom"));
    }

    @Test
    void noRegularExpressions() {
        Pattern regex = Pattern.compile("java\\.util\\.regex|\\bPattern\\b|\\bMatcher\\b"
                + "|\\.(?:matches|replaceAll|replaceFirst|split)\\(");
        sources.forEach((file, source) -> {
            Matcher m = regex.matcher(code(source));
            assertFalse(m.find(), () -> file + " uses " + m.group());
        });
    }

    @Test
    void checkerSeesViolations() {
        String bad = "package x;\nimport java.net.URLEncoder;\nimport org.slf4j.Logger;\nclass A { java.util.Random r = "
                + "new java.util.Random(); Object p = java.util.regex.Pattern.compile(\"a\"); String s = \"Pattern\"; }";
        assertTrue(code(bad).contains("URLEncoder"));
        assertTrue(QUALIFIED.matcher(IMPORT.matcher(code(bad)).replaceAll("")).find());
        assertFalse(code(bad).contains("\"Pattern\""));
        assertEquals("a('') + \"\" + b   c ", code("a('\"') + \"x\\\"y // z\" + b /* d */ c // e"));
        Matcher m = IMPORT.matcher(bad);
        List<String> found = new ArrayList<>();
        while (m.find()) {
            found.add(m.group(2));
        }
        assertEquals(List.of("java.net.URLEncoder", "org.slf4j.Logger"), found);
    }
}
