package dev.authlib.oauth1.it.net;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One HTTP/1.1 GET over a plain socket to 127.0.0.1, with headers the JDK's client refuses to send ({@code Host}
 * naming another site, as an attacker's own client sends it). The answer is read to the end ({@code Connection:
 * close}). Shared with the runtime tests through the tests jar.
 */
public final class RawHttp {
    /** A response: status, header lines ({@code Name: value}), body. */
    public record Answer(int status, List<String> headers, String body) {
        /** The first value of a header, by case-insensitive name. */
        public Optional<String> header(String name) {
            String prefix = name.toLowerCase(Locale.ROOT) + ":";
            return headers.stream().filter(h -> h.toLowerCase(Locale.ROOT).startsWith(prefix))
                    .map(h -> h.substring(prefix.length()).trim()).findFirst();
        }

        @Override
        public String toString() {
            return status + " " + headers + "\n" + body;
        }
    }

    private RawHttp() {}

    /** GET {@code uri}'s path and query on 127.0.0.1:{@code uri}'s port, with the given {@code Host} and headers. */
    public static Answer get(URI uri, String host, String... extraHeaders) {
        try (Socket s = new Socket(InetAddress.getLoopbackAddress(), uri.getPort())) {
            s.setSoTimeout(20_000);
            StringBuilder request = new StringBuilder("GET ").append(uri.getRawPath())
                    .append(uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()).append(" HTTP/1.1\r\n")
                    .append("Host: ").append(host).append("\r\nConnection: close\r\n");
            for (String h : extraHeaders) {
                request.append(h).append("\r\n");
            }
            OutputStream out = s.getOutputStream();
            out.write(request.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            in.transferTo(all);
            return parse(all.toString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Answer parse(String text) {
        int end = text.indexOf("\r\n\r\n");
        String head = end < 0 ? text : text.substring(0, end);
        String body = end < 0 ? "" : text.substring(end + 4);
        String[] lines = head.split("\r\n");
        List<String> headers = new ArrayList<>(List.of(lines).subList(1, lines.length));
        Answer a = new Answer(Integer.parseInt(lines[0].split(" ")[1]), headers, body);
        if (a.header("Transfer-Encoding").filter(v -> v.equalsIgnoreCase("chunked")).isPresent()) {
            return new Answer(a.status(), headers, dechunk(body));
        }
        return a;
    }

    private static String dechunk(String body) {
        StringBuilder sb = new StringBuilder();
        int i = 0;
        while (i < body.length()) {
            int eol = body.indexOf("\r\n", i);
            int size = Integer.parseInt(body.substring(i, eol).split(";")[0].trim(), 16);
            if (size == 0) {
                break;
            }
            sb.append(body, eol + 2, eol + 2 + size); // sizes are bytes; the pages here are ASCII
            i = eol + 2 + size + 2;
        }
        return sb.toString();
    }
}
