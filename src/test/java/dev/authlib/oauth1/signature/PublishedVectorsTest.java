package dev.authlib.oauth1.signature;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Signatures published by others, reproduced exactly. */
class PublishedVectorsTest {

    static Clock at(long epochSeconds) {
        return Clock.fixed(Instant.ofEpochSecond(epochSeconds), ZoneOffset.UTC);
    }

    /** Twitter developer documentation, "Creating a signature". */
    @Test
    void twitterDocumentationExample_hasPublishedSignature() {
        OAuth1Signer signer = OAuth1Signer.builder("xvz1evFS4wEEPTGEFPHBog")
                .clientSecret("kAcSOqF21Fu85e7zjz7ZN2U4ZRhfV3WpwPAoE3Z7kBw")
                .token("370773112-GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb", "LswwdoUaIvS8ltyTt5jkRh4J50vUPVVHtR2YPi5kE")
                .clock(at(1318622958))
                .nonceSupplier(() -> "kYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg")
                .build();
        Map<String, List<String>> form = Map.of("status", List.of("Hello Ladies + Gentlemen, a signed OAuth request!"));
        SignedRequest signed = signer.sign("POST",
                URI.create("https://api.twitter.com/1.1/statuses/update.json?include_entities=true"), form);

        assertEquals("POST&https%3A%2F%2Fapi.twitter.com%2F1.1%2Fstatuses%2Fupdate.json&include_entities%3Dtrue%26"
                + "oauth_consumer_key%3Dxvz1evFS4wEEPTGEFPHBog%26oauth_nonce%3DkYjzVBB8Y0ZFabxSWbWovY3uYSQ2pTgmZeNu2VS4cg"
                + "%26oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D1318622958%26oauth_token%3D370773112-"
                + "GmHxMAgYyLbNEtIKZeRNFsMKPR9EyMZeS9weJAEb%26oauth_version%3D1.0%26status%3DHello%2520Ladies%2520%252B"
                + "%2520Gentlemen%252C%2520a%2520signed%2520OAuth%2520request%2521", signed.baseString());
        assertEquals("hCtSmYh+iHYCEqBWrE7C7hYmtUk=", signed.signature());
        assertTrue(signed.authorizationHeader().contains("oauth_signature=\"hCtSmYh%2BiHYCEqBWrE7C7hYmtUk%3D\""));
        assertEquals("status=Hello%20Ladies%20%2B%20Gentlemen%2C%20a%20signed%20OAuth%20request%21", signed.formBody());
    }

    /** OAuth Core 1.0a, Appendix A.5: accessing protected resources. */
    @Test
    void oauthCore10aAppendixA_hasPublishedSignature() {
        OAuth1Signer signer = OAuth1Signer.builder("dpf43f3p2l4k3l03")
                .clientSecret("kd94hf93k423kf44")
                .token("nnch734d00sl2jdk", "pfkkdhi9sl3r4s00")
                .clock(at(1191242096))
                .nonceSupplier(() -> "kllo9940pd9333jh")
                .build();
        SignedRequest signed = signer.sign("GET",
                URI.create("http://photos.example.net/photos?file=vacation.jpg&size=original"), Map.of());

        assertEquals("GET&http%3A%2F%2Fphotos.example.net%2Fphotos&file%3Dvacation.jpg%26oauth_consumer_key%3D"
                + "dpf43f3p2l4k3l03%26oauth_nonce%3Dkllo9940pd9333jh%26oauth_signature_method%3DHMAC-SHA1%26"
                + "oauth_timestamp%3D1191242096%26oauth_token%3Dnnch734d00sl2jdk%26oauth_version%3D1.0%26size%3Doriginal",
                signed.baseString());
        assertEquals("tR3+Ty81lMeYAr/Fid0kMTYa/WM=", signed.signature());
    }

    /** The RSA-SHA1 case of the OAuth 1.0 test cases (oauth.net wiki), with its published private key. */
    @Test
    void oauthTestCasesRsaSha1_hasPublishedSignature() throws Exception {
        String pem = "-----BEGIN PRIVATE KEY-----\n"
                + "MIICdgIBADANBgkqhkiG9w0BAQEFAASCAmAwggJcAgEAAoGBALRiMLAh9iimur8V\n"
                + "A7qVvdqxevEuUkW4K+2KdMXmnQbG9Aa7k7eBjK1S+0LYmVjPKlJGNXHDGuy5Fw/d\n"
                + "7rjVJ0BLB+ubPK8iA/Tw3hLQgXMRRGRXXCn8ikfuQfjUS1uZSatdLB81mydBETlJ\n"
                + "hI6GH4twrbDJCR2Bwy/XWXgqgGRzAgMBAAECgYBYWVtleUzavkbrPjy0T5FMou8H\n"
                + "X9u2AC2ry8vD/l7cqedtwMPp9k7TubgNFo+NGvKsl2ynyprOZR1xjQ7WgrgVB+mm\n"
                + "uScOM/5HVceFuGRDhYTCObE+y1kxRloNYXnx3ei1zbeYLPCHdhxRYW7T0qcynNmw\n"
                + "rn05/KO2RLjgQNalsQJBANeA3Q4Nugqy4QBUCEC09SqylT2K9FrrItqL2QKc9v0Z\n"
                + "zO2uwllCbg0dwpVuYPYXYvikNHHg+aCWF+VXsb9rpPsCQQDWR9TT4ORdzoj+Nccn\n"
                + "qkMsDmzt0EfNaAOwHOmVJ2RVBspPcxt5iN4HI7HNeG6U5YsFBb+/GZbgfBT3kpNG\n"
                + "WPTpAkBI+gFhjfJvRw38n3g/+UeAkwMI2TJQS4n8+hid0uus3/zOjDySH3XHCUno\n"
                + "cn1xOJAyZODBo47E+67R4jV1/gzbAkEAklJaspRPXP877NssM5nAZMU0/O/NGCZ+\n"
                + "3jPgDUno6WbJn5cqm8MqWhW1xGkImgRk+fkDBquiq4gPiT898jusgQJAd5Zrr6Q8\n"
                + "AO/0isr/3aa6O6NLQxISLKcPDk2NOccAfS/xOtfOz4sJYM3+Bs4Io9+dZGSDCA54\n"
                + "Lw03eHTNQghS0A==\n"
                + "-----END PRIVATE KEY-----\n";
        OAuth1Signer signer = OAuth1Signer.builder("dpf43f3p2l4k3l03")
                .signatureMethod(SignatureMethod.RSA_SHA1)
                .rsaKey(legacy1024BitKey(pem))
                .clock(at(1196666512))
                .nonceSupplier(() -> "13917289812797014437")
                .build();
        SignedRequest signed = signer.sign("GET",
                URI.create("http://photos.example.net/photos?file=vacaction.jpg&size=original"), Map.of());

        assertEquals("jvTp/wX1TYtByB1m+Pbyo0lnCOLIsyGCH7wke8AUs3BpnwZJtAuEJkvQL2/9n4s5wUmUl4aCI4BwpraNx4RtEXMe5qg5T1LV"
                + "TGliMRpKasKsW//e+RinhejgCuzoH26dyF8iY2ZZ/5D1ilgeijhV/vBka5twt399mXwaYdCwFYE=", signed.signature());
    }

    /** RFC 5849 §3.4.1.3.2: the normalised parameters of the §3.4.1.3.1 example request. */
    @Test
    void rfc5849Section3_4_1_3_2_normalisedParameters() {
        EncodedParameters params = new EncodedParameters(8);
        params.addRawForm("b5=%3D%253D&a3=a&c%40=&a2=r%20b"); // query
        params.addRawForm("c2&a3=2+q"); // form body
        params.add("oauth_consumer_key", "9djdj82h48djs9d2");
        params.add("oauth_token", "kkk9d7dh3k39sjv7");
        params.add("oauth_signature_method", "HMAC-SHA1");
        params.add("oauth_timestamp", "137131201");
        params.add("oauth_nonce", "7d8f3e4a");
        params.sort();
        assertEquals("a2=r%20b&a3=2%20q&a3=a&b5=%3D%253D&c%40=&c2=&oauth_consumer_key=9djdj82h48djs9d2&oauth_nonce="
                + "7d8f3e4a&oauth_signature_method=HMAC-SHA1&oauth_timestamp=137131201&oauth_token=kkk9d7dh3k39sjv7",
                params.normalised());
    }

    /** RFC 5849 §3.4.1.2: base string URI examples. */
    @Test
    void rfc5849Section3_4_1_2_baseStringUris() {
        assertEquals("http://example.com/r%20v/X", BaseStringUri.of(URI.create("http://EXAMPLE.COM:80/r%20v/X?id=123")));
        assertEquals("https://www.example.net:8080/", BaseStringUri.of(URI.create("https://www.example.net:8080/?q=1")));
        assertEquals("https://example.com/", BaseStringUri.of(URI.create("HTTPS://Example.com:443")));
        assertEquals("http://example.com/a", BaseStringUri.of(URI.create("http://example.com/a#frag")));
    }

    /** RFC 5849 §3.4.1.3.1: repeated names and both sources kept; form body with the oauth set. */
    @Test
    void rfc5849Section3_4_1_1_baseStringOfTheExampleRequest() {
        OAuth1Signer signer = OAuth1Signer.builder("9djdj82h48djs9d2")
                .clientSecret("j49sk3j29djd")
                .token("kkk9d7dh3k39sjv7", "dh893hdasih9")
                .realm("Example")
                .clock(at(137131201))
                .nonceSupplier(() -> "7d8f3e4a")
                .build();
        Map<String, List<String>> form = new LinkedHashMap<>();
        form.put("c2", List.of(""));
        form.put("a3", List.of("2 q"));
        SignedRequest signed = signer.sign("POST", URI.create("http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b"),
                form);
        assertEquals("POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q%26a3%3Da%26b5%3D%253D%25253D%26"
                + "c%2540%3D%26c2%3D%26oauth_consumer_key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26"
                + "oauth_signature_method%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk9d7dh3k39sjv7%26"
                + "oauth_version%3D1.0", signed.baseString());
        assertTrue(signed.authorizationHeader().startsWith("OAuth realm=\"Example\", oauth_consumer_key="));
    }

    /**
     * The published vector's key has 1024 bits, which {@link RsaKeys} refuses for configuration; the signer itself
     * takes any {@code PrivateKey}, so the vector is checked with the key read directly.
     */
    private static java.security.PrivateKey legacy1024BitKey(String pem) throws Exception {
        return java.security.KeyFactory.getInstance("RSA").generatePrivate(
                new java.security.spec.PKCS8EncodedKeySpec(Fixtures.derOf(pem)));
    }
}
