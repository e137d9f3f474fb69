package dev.authlib.oauth1.internal.client;

import dev.authlib.oauth1.signature.OAuth1Signer;
import dev.authlib.oauth1.signature.SignedRequest;
import jakarta.ws.rs.client.ClientRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * Signs, after serialization, a request whose body is hashed ({@code oauth_body_hash}, OAuth Request Body Hash) and
 * whose entity the filter could not turn into bytes (a JSON or XML object). JAX-RS request filters run before the
 * entity is written, so the bytes exist only here.
 *
 * <p>Runtimes differ in when headers are committed (measured here): Jersey sends the headers with the first byte, so
 * the body is buffered, signed, and only then written; Quarkus REST hands a {@link ByteArrayOutputStream} and reads
 * it when {@code proceed()} returns, so there the bytes are copied while written and the header set afterwards
 * (RESTEasy Reactive writes headers after the entity).
 */
final class BodyHashInterceptor implements WriterInterceptor {
    /** Where the filter leaves the request's method and URI for {@link #sign}. */
    static final String METHOD = "dev.authlib.oauth1.deferred-method";
    static final String URI_PROPERTY = "dev.authlib.oauth1.deferred-uri";

    /** The exact bytes of an entity that has them, or null when it must be serialized first. */
    static byte[] bytesOf(ClientRequestContext request) {
        Object entity = request.getEntity();
        if (entity instanceof byte[]) {
            return (byte[]) entity;
        }
        if (entity instanceof String) {
            return ((String) entity).getBytes(charset(request.getMediaType()));
        }
        return null;
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Object signer = context.getProperty(SigningFilter.DEFERRED);
        if (!(signer instanceof OAuth1Signer)) {
            context.proceed();
            return;
        }
        context.removeProperty(SigningFilter.DEFERRED);
        OutputStream original = context.getOutputStream();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        if (original instanceof ByteArrayOutputStream) {
            context.setOutputStream(new Tee(original, bytes));
            context.proceed();
            sign(context, (OAuth1Signer) signer, bytes.toByteArray());
        } else {
            context.setOutputStream(bytes);
            context.proceed();
            sign(context, (OAuth1Signer) signer, bytes.toByteArray());
            context.setOutputStream(original);
            original.write(bytes.toByteArray());
        }
    }

    private static void sign(WriterInterceptorContext context, OAuth1Signer signer, byte[] body) {
        Object method = context.getProperty(METHOD);
        Object uri = context.getProperty(URI_PROPERTY);
        SignedRequest signed = signer.signWithBody((String) method, (URI) uri, body);
        context.getHeaders().putSingle(HttpHeaders.AUTHORIZATION, signed.authorizationHeader());
    }

    private static Charset charset(MediaType type) {
        String cs = type == null ? null : type.getParameters().get(MediaType.CHARSET_PARAMETER);
        try {
            return cs == null ? StandardCharsets.UTF_8 : Charset.forName(cs);
        } catch (RuntimeException e) {
            return StandardCharsets.UTF_8;
        }
    }

    /** Writes to both streams. */
    private static final class Tee extends OutputStream {
        private final OutputStream a;
        private final OutputStream b;

        Tee(OutputStream a, OutputStream b) {
            this.a = a;
            this.b = b;
        }

        @Override
        public void write(int c) throws IOException {
            a.write(c);
            b.write(c);
        }

        @Override
        public void write(byte[] buf, int off, int len) throws IOException {
            a.write(buf, off, len);
            b.write(buf, off, len);
        }

        @Override
        public void flush() throws IOException {
            a.flush();
        }
    }
}
