package dev.authlib.oauth1.it.flow;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogManager;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Collects every text a secret could leak into, and the secrets, then reports which text shows which secret. Texts:
 * every JUL record (the library logs through {@link System.Logger}, Weld, RESTEasy, Undertow, SmallRye Config and
 * Hazelcast through JBoss Logging or JUL, the HTTP client through commons-logging, all ending in JUL here), with its
 * parameters and its exception's full stack trace, recorded with the root logger and every configured logger at
 * {@link Level#ALL} from before the application starts; every response the application gave (status, headers,
 * body); exception messages and {@code toString()}s the test adds. Secrets are looked for as they are, percent-encoded
 * (RFC 3986 and form style) and in base64 (standard, URL-safe, with or without padding).
 *
 * <p>Register it before the application: {@code @RegisterExtension @Order(1)}.
 */
final class LeakScan implements BeforeAllCallback, AfterAllCallback {
    private static final Pattern TOKEN_SECRET = Pattern.compile("oauth_token_secret=([^&\\s\"]+)");
    private static final Pattern VERIFIER = Pattern.compile("oauth_verifier(?:=\"|=)([^&\\s\",]+)");

    private final List<String> texts = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> secrets = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Map<String, Level> levels = new HashMap<>();
    private final Handler capture = new Handler() {
        private final SimpleFormatter formatter = new SimpleFormatter();

        @Override
        public void publish(LogRecord r) {
            StringBuilder sb = new StringBuilder("log ").append(r.getLoggerName()).append(' ').append(r.getLevel())
                    .append(": ").append(r.getMessage()).append(" | ").append(formatter.formatMessage(r));
            if (r.getParameters() != null) {
                for (Object p : r.getParameters()) {
                    sb.append(" | ").append(p);
                }
            }
            if (r.getThrown() != null) {
                sb.append('\n').append(stackTrace(r.getThrown()));
            }
            texts.add(sb.toString());
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
    };
    @Override
    public void beforeAll(ExtensionContext context) {
        Logger root = Logger.getLogger("");
        levels.put("", root.getLevel());
        for (String name : Collections.list(LogManager.getLogManager().getLoggerNames())) {
            Logger logger = LogManager.getLogManager().getLogger(name);
            if (logger != null && logger.getLevel() != null) {
                levels.put(name, logger.getLevel());
                logger.setLevel(Level.ALL);
            }
        }
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        for (Handler h : root.getHandlers()) {
            if (h != capture && (h.getLevel() == null || h.getLevel().intValue() < Level.INFO.intValue())) {
                h.setLevel(Level.INFO); // the console stays readable
            }
        }
        root.setLevel(Level.ALL);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        Logger.getLogger("").removeHandler(capture);
        levels.forEach((name, level) -> Logger.getLogger(name).setLevel(level));
    }

    /** A secret to look for, under a label that the report shows instead of the secret. */
    void secret(String label, String value) {
        synchronized (secrets) {
            if (value != null && value.length() >= 8 && !secrets.containsValue(value)) {
                secrets.put(label, value);
            }
        }
    }

    /** Learns the token secrets and verifiers that crossed the back channel (the provider's responses, requests). */
    void secretsFromTraffic(String traffic) {
        collect(TOKEN_SECRET, traffic, "token secret from the provider");
        collect(VERIFIER, traffic, "verifier sent to the provider");
    }

    private void collect(Pattern p, String traffic, String label) {
        Matcher m = p.matcher(traffic);
        while (m.find()) {
            String value = URLDecoder.decode(m.group(1), StandardCharsets.UTF_8);
            secret(label + " #" + (secrets.size() + 1), value);
        }
    }

    /** Records everything about a response the application gave. */
    void response(HttpResponse<String> r) {
        // the request's path only: a callback's query carries the verifier by protocol (RFC 5849 §2.2)
        texts.add("response " + r.request().method() + " " + r.uri().getRawPath() + " -> " + r.statusCode() + " "
                + r.headers().map() + "\n" + r.body());
    }

    /** Records an exception: message, {@code toString()}, causes, stack trace. */
    void exception(Throwable t) {
        texts.add("exception " + stackTrace(t));
    }

    /** Records another text, such as a value's {@code toString()}. */
    void text(String where, Object value) {
        texts.add(where + ": " + value);
    }

    /** How many texts were looked at. */
    int texts() {
        return texts.size();
    }

    /** How many of them were log records. */
    long logRecords() {
        synchronized (texts) {
            return texts.stream().filter(t -> t.startsWith("log ")).count();
        }
    }

    /**
     * @return one line per (secret, text) that shows the secret, naming the secret's label and the form found, the
     *     secret itself replaced by its label
     */
    List<String> findings() {
        Map<String, Set<String>> forms = new LinkedHashMap<>();
        synchronized (secrets) {
            secrets.forEach((label, value) -> forms.put(label, forms(value)));
        }
        List<String> found = new ArrayList<>();
        synchronized (texts) {
            for (String text : texts) {
                forms.forEach((label, spellings) -> {
                    for (String s : spellings) {
                        if (text.contains(s)) {
                            found.add(label + " in [" + source(text) + "] " + excerpt(text, s).replace(s, "<" + label
                                    + ">"));
                            break;
                        }
                    }
                });
            }
        }
        return found;
    }

    /** @return the source a finding came from: a logger's name, or response, exception, a label */
    static String sourceOf(String finding) {
        return finding.substring(finding.indexOf(" in [") + 5, finding.indexOf("] ", finding.indexOf(" in [")));
    }

    /** How many records came from loggers whose name starts with {@code prefix}. */
    long logRecordsFrom(String prefix) {
        synchronized (texts) {
            return texts.stream().filter(t -> t.startsWith("log " + prefix)).count();
        }
    }

    /** The findings grouped by where they are (a logger's name, or response, exception, ...), with a count. */
    static String report(List<String> findings) {
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        for (String f : findings) {
            String source = sourceOf(f);
            bySource.computeIfAbsent(source, k -> new ArrayList<>()).add(f);
        }
        StringBuilder sb = new StringBuilder();
        bySource.forEach((source, list) -> sb.append(list.size()).append(" in ").append(source).append(", e.g. ")
                .append(list.get(0)).append('\n'));
        return sb.toString();
    }

    /** Number of secrets known. */
    int secrets() {
        return secrets.size();
    }

    private static Set<String> forms(String secret) {
        Set<String> forms = new LinkedHashSet<>();
        byte[] bytes = secret.getBytes(StandardCharsets.UTF_8);
        forms.add(secret);
        forms.add(rfc3986(secret));
        forms.add(URLEncoder.encode(secret, StandardCharsets.UTF_8));
        forms.add(Base64.getEncoder().encodeToString(bytes));
        forms.add(Base64.getEncoder().withoutPadding().encodeToString(bytes));
        forms.add(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
        return forms;
    }

    private static String rfc3986(String s) {
        StringBuilder sb = new StringBuilder();
        for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
            char c = (char) (b & 0xFF);
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || "-._~".indexOf(c) >= 0) {
                sb.append(c);
            } else {
                sb.append('%').append(String.format("%02X", b & 0xFF));
            }
        }
        return sb.toString();
    }

    /** Where a text comes from: a logger's name, or the kind of text (response, exception, a label). */
    private static String source(String text) {
        if (text.startsWith("log ")) {
            return text.substring(4, text.indexOf(' ', 4));
        }
        int end = text.indexOf(':');
        int space = text.indexOf(' ');
        return text.substring(0, space > 0 && (end < 0 || space < end) ? space : Math.max(end, 0));
    }

    private static String excerpt(String text, String s) {
        int i = text.indexOf(s);
        int from = Math.max(0, i - 160);
        int to = Math.min(text.length(), i + s.length() + 60);
        return text.substring(from, to).replace('\n', ' ');
    }

    private static String stackTrace(Throwable t) {
        StringWriter w = new StringWriter();
        t.printStackTrace(new PrintWriter(w));
        return t.toString() + "\n" + w;
    }
}
