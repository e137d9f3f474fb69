package dev.authlib.oauth1;

import java.util.List;

/**
 * The application is misconfigured: each problem names the full configuration key
 * ({@code authlib.oauth.clients.<name>.<key>}) and what a valid value looks like. At deployment every problem is
 * reported together.
 */
public class OAuth1ConfigurationException extends OAuth1Exception {
    private static final long serialVersionUID = 1L;

    /** Each problem, naming its key. */
    private final List<String> problems;

    /**
     * @param problems the problems, each a complete sentence naming its key
     */
    public OAuth1ConfigurationException(List<String> problems) {
        super(null, "invalid OAuth 1 configuration:\n  - " + String.join("\n  - ", problems), null);
        this.problems = List.copyOf(problems);
    }

    /** @return each problem found, in order */
    public List<String> problems() {
        return problems;
    }
}
