package app.verbatim.works.convert;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Inputs the converter must refuse: one line naming the file, a non-zero status, and the output left as it was. */
class WorksConverterBadInputTest {

    private static final byte[] EARLIER_INDEX = "{\"volumes\":[{\"volume\":25,\"file\":\"vol-25.json.xz\",\"sha256\":\"x\"}]}"
            .getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path dir;
    Path out;
    String stderr;

    @BeforeEach
    void earlierOutput() throws IOException {
        out = Files.createDirectories(dir.resolve("works"));
        Files.write(out.resolve("index.json"), EARLIER_INDEX);
        Files.write(out.resolve("vol-25.json.xz"), new byte[] {1, 2, 3});
    }

    @Test
    void refusesAFileThatIsNotAPdf() throws IOException {
        Path file = Files.writeString(dir.resolve("lenin-cw-vol-26.pdf"), "Collected Works, Vol. 26\n");
        assertEquals(1, run(file));
        assertOneLine(file, "not a PDF file");
        assertNothingWritten();
    }

    @Test
    void refusesATruncatedPdf() throws IOException {
        byte[] whole = WorksConverterCommandTest.sampleVolume().bytes();
        Path file = Files.write(dir.resolve("lenin-cw-vol-26.pdf"), Arrays.copyOf(whole, whole.length / 2));
        assertEquals(1, run(file));
        assertOneLine(file, "truncated PDF");
        assertNothingWritten();
    }

    @Test
    void refusesAPdfWithoutPageNumbers() throws IOException {
        TestVolumePdf pdf = new TestVolumePdf();
        for (int i = 0; i < 4; i++) {
            pdf.page().body("\tA page of text that carries no running head", "and so no printed page number at all.");
        }
        Path file = pdf.write(dir.resolve("lenin-cw-vol-26.pdf"));
        assertEquals(1, run(file));
        assertOneLine(file, "no printed page numbers recognised");
        assertNothingWritten();
    }

    @Test
    void namesThePageWhoseNumbersGoBackwards() throws IOException {
        TestVolumePdf pdf = new TestVolumePdf();
        int[] heads = {8, 9, 10, 4, 5, 6};
        for (int h : heads) {
            pdf.page().head(h, "V. I. LENIN").body("\tSome text of the page in the body size of the book.");
        }
        Path file = pdf.write(dir.resolve("lenin-cw-vol-26.pdf"));
        assertEquals(1, run(file));
        assertTrue(stderr.contains(file.toString()), stderr);
        assertTrue(stderr.contains("PDF page"), stderr);
        assertNothingWritten();
    }

    @Test
    void writesNothingWhenOneOfSeveralInputsFails() throws IOException {
        Path good = WorksConverterCommandTest.sampleVolume().write(dir.resolve("lenin-cw-vol-26.pdf"));
        Path bad = Files.writeString(dir.resolve("lenin-cw-vol-27.pdf"), "not a pdf");
        assertEquals(1, run(good, bad));
        assertTrue(stderr.contains(bad.toString()), stderr);
        assertNothingWritten();
    }

    @Test
    void refusesAMissingFileAndBadOptions() throws IOException {
        Path missing = dir.resolve("lenin-cw-vol-99.pdf");
        assertEquals(1, run(missing));
        assertOneLine(missing, "no such file");
        assertEquals(2, runArgs("--volume", "x", missing.toString()));
        assertEquals(2, runArgs());
        assertNothingWritten();
    }

    private int run(Path... files) {
        String[] args = new String[files.length + 2];
        args[0] = "--out";
        args[1] = out.toString();
        for (int i = 0; i < files.length; i++) {
            args[i + 2] = files[i].toString();
        }
        return runArgs(args);
    }

    private int runArgs(String... args) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int status = ConvertWorksCommand.run(args, new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        stderr = err.toString(StandardCharsets.UTF_8);
        return status;
    }

    private void assertOneLine(Path file, String reason) {
        assertEquals(1, stderr.lines().count(), stderr);
        assertTrue(stderr.startsWith(file.toString() + ": "), stderr);
        assertTrue(stderr.contains(reason), stderr);
    }

    private void assertNothingWritten() throws IOException {
        assertArrayEquals(EARLIER_INDEX, Files.readAllBytes(out.resolve("index.json")));
        assertFalse(Files.exists(out.resolve("vol-26.json.xz")));
        try (var files = Files.list(out)) {
            assertEquals(2, files.count());
        }
    }
}
