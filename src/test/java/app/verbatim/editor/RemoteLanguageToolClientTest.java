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
        assertEquals(1, matches.size(), "the verified, cited quotation needs no match: " + matches);
        RemoteRuleMatch fake = matches.get(0);
        assertEquals("QUOTE_NOT_FOUND", fake.getRuleId());
        assertEquals("The capitalists will sell us the rope with which we will hang them",
                text.substring(fake.getErrorOffset(), fake.getErrorOffset() + fake.getErrorLength()));
        assertEquals("VERBATIM_QUOTATIONS", fake.getCategoryId().orElseThrow());
        assertTrue(fake.getMessage().contains("not found"));
    }
}
