package dev.authlib.demo.provider;

/** The one account of the demo provider: whoever approves is signed in as this user. */
record DemoUser(String id, String name, String screenName, String location, String description) {
    static final DemoUser ADA = new DemoUser("1815", "Ada Lovelace", "ada_demo", "London",
            "Demo user of the embedded OAuth 1.0a provider. Not a real account.");

    /** A JSON profile, shaped like X/Twitter's {@code account/verify_credentials.json}. */
    String json() {
        return "{\"id\":" + id + ",\"id_str\":\"" + json(id) + "\",\"name\":\"" + json(name)
                + "\",\"screen_name\":\"" + json(screenName) + "\",\"location\":\"" + json(location)
                + "\",\"description\":\"" + json(description) + "\"}";
    }

    private static String json(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                sb.append('\\').append(c);
            } else if (c < 0x20) {
                sb.append(String.format("\\u%04x", (int) c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
