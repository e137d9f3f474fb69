package dev.authlib.oauth1.internal.config.invalid;

import java.util.List;
import java.util.Map;

/** The public URL must be an origin, every allowed host a host or host:port; checked at deployment. */
class InvalidCallbackOriginTest extends InvalidConfiguration {
    @Override
    Map<String, String> configuration() {
        Map<String, String> p = validTwitter();
        p.put("authlib.oauth.web.public-url", "https://user:pw@app.example.com/shop?token=t");
        p.put("authlib.oauth.web.allowed-hosts", "app.example.com, *.example.com,https://x.example,app.example.com:0,"
                + "[::1]:8080,,bad_host");
        return p;
    }

    @Override
    List<String> expectedProblems() {
        String notHost = ": is not host or host:port (a DNS name, an IPv4 address or a bracketed IPv6 address; no "
                + "scheme, path or wildcard), for example app.example.com,app.example.com:8443";
        String key = "AUTHJ1231: authlib.oauth.web.allowed-hosts: entry ";
        return List.of("AUTHJ1230: authlib.oauth.web.public-url: 'https://app.example.com/shop?...' is not the "
                + "application's public origin: give scheme, host and port only, as browsers reach the application "
                + "(for example https://app.example.com); a path or a proxy that moves the application to another "
                + "path needs each client's redirect-uri instead",
                key + "2" + notHost.substring(1), key + "3" + notHost.substring(1), key + "4" + notHost.substring(1),
                key + "6" + notHost.substring(1), key + "7" + notHost.substring(1));
    }
}
