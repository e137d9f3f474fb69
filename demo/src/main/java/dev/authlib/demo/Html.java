package dev.authlib.demo;

import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** The demo's HTML: escaping, and one page layout. No template engine; every value put into a page goes through {@link #escape}. */
public final class Html {
    private static final MediaType HTML = MediaType.TEXT_HTML_TYPE.withCharset("UTF-8");

    private Html() {}

    /** Escapes text for an HTML element or a quoted attribute value. */
    public static String escape(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    /**
     * A complete page.
     *
     * @param site the header band's text, plain (escaped here)
     * @param title the page's heading, plain (escaped here)
     * @param body the rest, HTML whose values the caller escaped
     * @param accent a CSS colour for the header band and the buttons
     */
    public static String page(String site, String title, String body, String accent) {
        return """
                <!DOCTYPE html>
                <html lang="en">
                <head>
                <meta charset="utf-8">
                <meta name="viewport" content="width=device-width, initial-scale=1">
                <title>%2$s</title>
                <style>
                  body { font-family: system-ui, sans-serif; margin: 0; background: #f4f5f7; color: #1d2330; }
                  header { background: %3$s; color: #fff; padding: 14px 28px; font-size: 15px; }
                  main { max-width: 640px; margin: 40px auto; background: #fff; border-radius: 8px;
                         padding: 28px 36px; box-shadow: 0 1px 4px rgba(0,0,0,.12); }
                  h1 { font-size: 24px; margin-top: 0; }
                  a.button, button { display: inline-block; font: inherit; font-size: 16px; padding: 10px 20px;
                         border-radius: 6px; border: 0; cursor: pointer; text-decoration: none;
                         background: %3$s; color: #fff; margin-right: 10px; }
                  button.secondary { background: #e3e6eb; color: #1d2330; }
                  dl { display: grid; grid-template-columns: max-content auto; gap: 6px 18px; }
                  dt { font-weight: 600; } dd { margin: 0; }
                  .note { color: #5b6472; font-size: 14px; }
                  .warn { background: #fff4d6; border: 1px solid #f0d68a; padding: 8px 12px; border-radius: 6px; }
                </style>
                </head>
                <body>
                <header>%1$s</header>
                <main>
                <h1>%2$s</h1>
                %4$s
                </main>
                </body>
                </html>
                """.formatted(escape(site), escape(title), accent, body);
    }

    /** A {@code text/html} response that no cache keeps. */
    public static Response response(Response.Status status, String page) {
        CacheControl noStore = new CacheControl();
        noStore.setNoStore(true);
        return Response.status(status).type(HTML).entity(page).cacheControl(noStore).build();
    }
}
