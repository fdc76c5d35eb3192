package app.verbatim.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Test;
import org.languagetool.remote.RemoteLanguageTool;
import org.languagetool.remote.RemoteResult;
import org.languagetool.remote.RemoteRuleMatch;

/** LanguageTool's own Java HTTP client, unchanged but for the server URL, reads our answers. */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class RemoteLanguageToolClientTest {

    @TestHTTPResource("/")
    URL server;

    @Test
    void shouldBeReadByLanguageToolsOwnClient() throws Exception {
        String text = "Lenin never said \"The capitalists will sell us the rope with which we will hang them\". "
                + "He did write \"Socialism cannot be built up by decrees from above\" (Works, Vol. 26, p. 255).";
        // The client wants the server's base URL without a trailing slash, as plugins are configured.
        URL base = new URL(server.toString().replaceAll("/$", ""));
        RemoteResult result = new RemoteLanguageTool(base).check(text, "en-US");
        assertEquals("en-US", result.getLanguageCode());
        List<RemoteRuleMatch> matches = result.getMatches();
        assertEquals(2, matches.size(), "the fake, and the citation of another edition's page: " + matches);
        RemoteRuleMatch fake = matches.get(0);
        assertEquals("QUOTE_NOT_FOUND", fake.getRuleId());
        assertEquals("The capitalists will sell us the rope with which we will hang them",
                text.substring(fake.getErrorOffset(), fake.getErrorOffset() + fake.getErrorLength()));
        assertEquals("VERBATIM_QUOTATIONS", fake.getCategoryId().orElseThrow());
        assertTrue(fake.getMessage().contains("not found"));
        // Krupskaya's "p. 255" follows another edition's pagination; the English volume has the passage on p. 289
        RemoteRuleMatch page = matches.get(1);
        assertEquals("QUOTE_CITATION_WRONG_PAGE", page.getRuleId());
        assertEquals("(Works, Vol. 26, p. 255)", text.substring(page.getErrorOffset(), page.getErrorOffset() + page.getErrorLength()));
        assertTrue(page.getMessage().contains("another edition"), page.getMessage());
        assertTrue(page.getReplacements().orElseThrow().get(0).contains("Vol. 26, p. 289"));
    }
}
