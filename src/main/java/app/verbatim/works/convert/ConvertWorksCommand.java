package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code convert-works [--volume N] [--out DIR] file.pdf...}: converts Lenin's Collected Works volumes into
 * the service's data files. All volumes are converted before anything is written, so a bad input leaves
 * the output directory as it was.
 */
public final class ConvertWorksCommand {

    static final Path DEFAULT_OUT = Path.of("src/main/resources/works");
    private static final String USAGE = "usage: convert-works [--volume N] [--out DIR] file.pdf...";

    private ConvertWorksCommand() {
    }

    public static void main(String... args) {
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command; returns the exit status (0 done, 1 an input could not be converted or written, 2 usage). */
    public static int run(String[] args, PrintStream out, PrintStream err) {
        // PDFBox warns about every glyph of the watermark's emblem font; the converter drops those glyphs anyway.
        Logger.getLogger("org.apache.pdfbox").setLevel(Level.SEVERE);
        Integer volume = null;
        Path outDir = DEFAULT_OUT;
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < args.length; i++) {
            String a = args[i];
            if (a.equals("--volume") || a.equals("--out")) {
                if (i + 1 == args.length) {
                    err.println(a + " needs a value; " + USAGE);
                    return 2;
                }
                String value = args[++i];
                if (a.equals("--out")) {
                    outDir = Path.of(value);
                } else {
                    try {
                        volume = Integer.parseInt(value);
                    } catch (NumberFormatException e) {
                        err.println("--volume takes a number, not \"" + value + "\"; " + USAGE);
                        return 2;
                    }
                }
            } else if (a.startsWith("--")) {
                err.println("unknown option " + a + "; " + USAGE);
                return 2;
            } else {
                files.add(Path.of(a));
            }
        }
        if (files.isEmpty()) {
            err.println(USAGE);
            return 2;
        }
        if (volume != null && files.size() > 1) {
            err.println("--volume names the volume of a single file, " + files.size() + " given; " + USAGE);
            return 2;
        }
        Map<Integer, byte[]> encoded = new LinkedHashMap<>();
        for (Path file : files) {
            long start = System.nanoTime();
            VolumeConverter.Result result;
            try {
                if (!Files.isRegularFile(file)) {
                    throw new ConversionException("no such file");
                }
                result = VolumeConverter.convert(file, volume);
            } catch (ConversionException e) {
                err.println(file + ": " + e.getMessage() + "; nothing written");
                return 1;
            }
            VolumeData data = result.data();
            if (encoded.containsKey(data.volume())) {
                err.println(file + ": volume " + data.volume() + " given twice; nothing written");
                return 1;
            }
            byte[] bytes = VolumeWriter.encode(data);
            encoded.put(data.volume(), bytes);
            List<VolumeData.Page> pages = data.pages();
            out.printf("vol-%02d: %d pages (pp. %d-%d), %d works, %d inferred page numbers, %d unnumbered inserts left out, %d bytes, %.1f s%n",
                    data.volume(), pages.size(), pages.get(0).page(), pages.get(pages.size() - 1).page(),
                    data.works().stream().filter(w -> w.editorial() == null).count(), result.inferredPages(), result.plates(),
                    bytes.length, (System.nanoTime() - start) / 1e9);
        }
        try {
            VolumeWriter.write(outDir, encoded);
        } catch (IOException e) {
            err.println(outDir + ": cannot write (" + e.getMessage() + ")");
            return 1;
        }
        return 0;
    }
}
