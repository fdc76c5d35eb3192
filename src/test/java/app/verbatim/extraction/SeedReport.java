package app.verbatim.extraction;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;

/** Prints per-seed counts and, with -Dverbose, every quotation, for reviewing attributions by eye. */
public final class SeedReport {

    static final Map<String, String> SEEDS = Map.of(
            "000_7f6442016ec1e947.txt", "N. K. Krupskaya",
            "001_ada7765265f944be.txt", "N. K. Krupskaya",
            "002_95d8faeff82c1a4a.txt", "Leon Trotsky",
            "003_956b1e3ca7221c5e.txt", "Leon Trotsky",
            "004_4988e3dd6e66935c.txt", "Leon Trotsky");

    public static void main(String[] args) throws IOException {
        Path dir = Path.of(args.length > 0 ? args[0] : "src/main/resources/seeds");
        boolean verbose = args.length > 1;
        for (String file : new TreeMap<>(SEEDS).keySet()) {
            String text = Files.readString(dir.resolve(file), StandardCharsets.UTF_8);
            Extraction e = new QuotationExtractor().extract(text, SEEDS.get(file));
            long lenin = e.quotations().stream().filter(q -> q.speaker().equals("Lenin")).count();
            Map<Integer, Integer> perVolume = new TreeMap<>();
            e.quotations().stream().map(ExtractedQuotation::citation).filter(c -> c != null).distinct()
                    .forEach(c -> perVolume.merge(c.volume() == null ? -1 : c.volume(), 1, Integer::sum));
            System.out.printf("%s: chapters=%d quotations=%d lenin=%d citedVolumes=%s narrationPassages=%d%n",
                    file, e.chapters().size(), e.quotations().size(), lenin, perVolume, e.narration().size());
            if (verbose) {
                for (ExtractedQuotation q : e.quotations()) {
                    String txt = q.text().replace("\n", " / ");
                    System.out.printf("  #%d [%s %s %.2f %s] g=%d %s%n     «%s»%n     note: %s%n", q.ordinal(),
                            q.speaker(), q.speakerKind(), q.confidence(), q.kind(), q.citationGroup(),
                            q.citation() == null ? "" : q.citation().raw().replace("\n", " "),
                            txt.length() > 160 ? txt.substring(0, 120) + " … " + txt.substring(txt.length() - 40) : txt,
                            q.attributionNote());
                }
            }
        }
    }
}
