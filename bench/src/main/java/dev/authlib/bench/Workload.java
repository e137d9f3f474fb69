package dev.authlib.bench;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The two requests every library signs: a small GET whose parameters are all in the query, and a large POST whose
 * ~20 parameters are in an {@code application/x-www-form-urlencoded} body, many with non-ASCII values. The
 * description is the same for every library: method, absolute URL (query included), decoded form parameters.
 */
public enum Workload {
    /** Twitter's documented user_timeline call: three ASCII query parameters, no body. */
    SMALL_GET("GET", "https://api.example.com/1.1/statuses/user_timeline.json?screen_name=twitterapi&count=2&include_rts=true",
            Map.of()),
    /** A status update with 21 form parameters: umlauts, CJK, Cyrillic, Arabic, emoji, and the characters that
     *  URLEncoder-based encoders must patch ({@code * ~ +} and space). */
    LARGE_POST("POST", "https://api.example.com/1.1/statuses/update.json", largeForm());

    // Fixed credentials (Twitter's "Creating a signature" example), nonce and timestamp: every library must agree.
    public static final String CONSUMER_KEY = "xvz1evFS4wEEPTGEFPHBog";
    public static final String CONSUMER_SECRET = "kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw";
    public static final String TOKEN = "370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb";
    public static final String TOKEN_SECRET = "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE";
    public static final String NONCE = "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg";
    public static final long TIMESTAMP = 1318622958L;

    public final String method;
    public final String url;
    /** Decoded form parameters, in body order; names are distinct and ASCII. */
    public final Map<String, List<String>> form;

    Workload(String method, String url, Map<String, List<String>> form) {
        this.method = method;
        this.url = url;
        this.form = form;
    }

    private static Map<String, List<String>> largeForm() {
        Map<String, List<String>> f = new LinkedHashMap<>();
        f.put("status", List.of("Hello Ladies + Gentlemen, a signed OAuth request!"));
        f.put("include_entities", List.of("true"));
        f.put("greeting_de", List.of("Grüße aus Köln"));
        f.put("city_ja", List.of("東京"));
        f.put("phrase_fr", List.of("naïve café"));
        f.put("emoji", List.of("🎉 party 🚀 time 👍🏽"));
        f.put("greeting_ru", List.of("Привет, мир"));
        f.put("greeting_ar", List.of("مرحبا بالعالم"));
        f.put("maths", List.of("x² + y² = z²; 50% off & more = 100€"));
        f.put("handle", List.of("~user*name (test)"));
        f.put("lat", List.of("50.9375"));
        f.put("long", List.of("6.9603"));
        f.put("place_id", List.of("df51dec6f4ee2b2c"));
        f.put("display_coordinates", List.of("true"));
        f.put("trim_user", List.of("false"));
        f.put("in_reply_to_status_id", List.of("1234567890123456789"));
        f.put("auto_populate_reply_metadata", List.of("true"));
        f.put("exclude_reply_user_ids", List.of("786491,54931584"));
        f.put("media_ids", List.of("471592142565957632,471592142565957633"));
        f.put("attachment_url", List.of("https://twitter.com/andypiper/status/903615884664725505"));
        f.put("card_uri", List.of("tombstone://card"));
        return Collections.unmodifiableMap(f);
    }
}
