package dev.authlib.oauth1.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Every message id is used once in {@link Messages}, and each is listed in docs/MESSAGES.md, where users look. */
class MessagesCatalogueTest {
    private static final Path SOURCE = Path.of("src/main/java/dev/authlib/oauth1/internal/Messages.java");
    private static final Path CATALOGUE = Path.of("docs/MESSAGES.md");

    static List<String> idsInSource() throws IOException {
        List<String> ids = new ArrayList<>();
        Matcher m = Pattern.compile("return id\\((\\d{4}),").matcher(Files.readString(SOURCE));
        while (m.find()) {
            ids.add("AUTHJ" + m.group(1));
        }
        return ids;
    }

    @Test
    void eachIdIsUsedOnce() throws IOException {
        List<String> ids = idsInSource();
        assertTrue(ids.size() > 30, "the ids were found: " + ids);
        assertEquals(ids.size(), new TreeSet<>(ids).size(), "an id used twice: " + ids);
    }

    @Test
    void eachIdIsListedInTheCatalogue_once_andTheCatalogueListsNoOther() throws IOException {
        List<String> listed = new ArrayList<>();
        Matcher m = Pattern.compile("^\\| (AUTHJ\\d{4}) \\|", Pattern.MULTILINE).matcher(Files.readString(CATALOGUE));
        while (m.find()) {
            listed.add(m.group(1));
        }
        assertEquals(new TreeSet<>(idsInSource()), new TreeSet<>(listed));
        assertEquals(listed.size(), new TreeSet<>(listed).size(), "listed twice: " + listed);
    }
}
