package app.verbatim.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.File;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The web page in a real browser: e2e/lookup.e2e.mjs drives Debian's Chromium through playwright-core
 * against this test's running service (types a quotation, submits, reads the verdict and citation,
 * takes screenshots into e2e/screenshots/). e2e/install.sh (run by bin/test) installs what it needs; the test
 * runs only in the Maven profile {@code browser} ({@code bin/test} passes it), so a plain {@code ./mvnw test}
 * needs nothing but Java.
 */
@Tag("browser")
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class BrowserEndToEndTest {

    @TestHTTPResource("/")
    URL page;

    @Test
    void shouldShowTheVerdictAndCitationOfATypedQuotation() throws Exception {
        File e2e = new File("e2e");
        assertTrue(new File(e2e, "node_modules/playwright-core").isDirectory(),
                "playwright-core is not installed: run e2e/install.sh (bin/test does)");
        Path log = Files.createTempFile("verbatim-e2e", ".log");
        ProcessBuilder builder = new ProcessBuilder("node", "lookup.e2e.mjs")
                .directory(e2e)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("VERBATIM_URL", page.toString().replaceAll("/$", ""));
        Process node = builder.start();
        boolean finished = node.waitFor(240, TimeUnit.SECONDS);
        if (!finished) {
            node.destroyForcibly();
        }
        String output = Files.readString(log, StandardCharsets.UTF_8);
        Files.deleteIfExists(log);
        System.out.println(output);
        assertTrue(finished, "the browser test did not finish in 240 s:\n" + output);
        assertEquals(0, node.exitValue(), "the browser test failed:\n" + output);
        assertTrue(output.contains(" 0 failed"), output);
    }
}
