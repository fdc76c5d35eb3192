package app.verbatim.works.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.apache.commons.compress.compressors.xz.XZCompressorInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** A test volume run through the command as a user runs it: what it printed, and the files it wrote in {@code out}. */
record Conversion(String printed, Path out) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Writes the volume as "lenin-cw-vol-26.pdf" in {@code dir}, converts it into {@code dir/works}, and insists it succeeded. */
    static Conversion of(TestVolumePdf volume, Path dir) throws IOException {
        Path pdf = volume.write(dir.resolve("lenin-cw-vol-26.pdf"));
        Path out = dir.resolve("works");
        ByteArrayOutputStream stdout = new ByteArrayOutputStream();
        ByteArrayOutputStream stderr = new ByteArrayOutputStream();
        int status = ConvertWorksCommand.run(new String[] {"--out", out.toString(), pdf.toString()},
                new PrintStream(stdout, true, StandardCharsets.UTF_8), new PrintStream(stderr, true, StandardCharsets.UTF_8));
        assertEquals(0, status, stderr.toString(StandardCharsets.UTF_8));
        return new Conversion(stdout.toString(StandardCharsets.UTF_8), out);
    }

    JsonNode volume(int number) throws IOException {
        try (InputStream in = new XZCompressorInputStream(Files.newInputStream(out.resolve("vol-" + number + ".json.xz")))) {
            return JSON.readTree(in);
        }
    }

    JsonNode index() throws IOException {
        return JSON.readTree(out.resolve("index.json").toFile());
    }
}
