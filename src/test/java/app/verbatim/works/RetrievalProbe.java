package app.verbatim.works;

import app.verbatim.support.TextSpans;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.tukaani.xz.XZInputStream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import app.verbatim.match.Match;
import app.verbatim.match.PassageMatcher;
import app.verbatim.text.Stems;
import app.verbatim.text.TextNormaliser;
import app.verbatim.works.data.VolumeData;

/**
 * A development probe, not a test: builds the Works index from the bundled data without a database and prints,
 * for the seed memoirs' cited Lenin quotations and for the evaluation's fakes, how the best windows overlap.
 * {@code ./mvnw -q exec:java} is not set up; run from an IDE or with the test classpath.
 */
public final class RetrievalProbe {

    public static void main(String[] args) throws Exception {
        ObjectMapper json = new ObjectMapper();
        List<VolumeIndex> volumes = new ArrayList<>();
        Map<Integer, List<CutPassage>> cut = new HashMap<>();
        for (int v : new int[] {1, 2, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28,
                29, 30, 31, 32, 33, 34, 36, 38, 40, 41, 42, 43, 44, 45}) {
            byte[] bytes = Files.readAllBytes(Path.of(String.format("src/main/resources/works/vol-%02d.json.xz", v)));
            VolumeData data = json.readValue(new XZInputStream(new ByteArrayInputStream(bytes)), VolumeData.class);
            List<CutPassage> passages = new PassageCutter().cut(data);
            cut.put(v, passages);
            List<VolumeIndex.Entry> entries = passages.stream().map(p -> new VolumeIndex.Entry(p.ordinal(), p.run(),
                    Stems.of(TextNormaliser.tokenize(p.body())).stream().map(Stems.Stem::stem).toArray(String[]::new)))
                    .toList();
            volumes.add(VolumeIndex.of(v, "", entries));
        }
        WorksSnapshot snapshot = WorksSnapshot.of(volumes);
        List<String[]> cases = new ArrayList<>();
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/seed-citations.jsonl"))) {
            JsonNode c = json.readTree(line);
            if (c.get("found").isNull()) {
                continue;
            }
            String memoir = Files.readString(Path.of("src/main/resources/seeds/" + c.get("file").asText()), StandardCharsets.UTF_8);
            cases.add(new String[] {"cited v" + c.get("found").get("volume") + " p" + c.get("found").get("pages").get(0).get(0),
                    TextSpans.span(memoir, c.get("start").asText(), c.get("end").asText())});
        }
        for (String line : Files.readAllLines(Path.of("src/test/resources/eval/lookup-eval.tsv"))) {
            String[] f = line.split("\t", -1);
            if (f.length > 2 && (f[0].equals("fake") || f[0].equals("real_unquoted") || f[0].equals("other_speaker"))) {
                cases.add(new String[] {f[0], f[2]});
            }
        }
        PassageMatcher matcher = new PassageMatcher();
        for (String[] c : cases) {
            var tokens = TextNormaliser.tokenize(c[1]);
            var stems = Stems.of(tokens).stream().map(Stems.Stem::stem).toList();
            var windows = new WorksRetrieval().best(snapshot, stems, 4);
            StringBuilder out = new StringBuilder(String.format("%-14s %-60.60s", c[0], c[1].replace('\n', ' ')));
            for (var w : windows.subList(0, Math.min(2, windows.size()))) {
                StringBuilder body = new StringBuilder();
                int page = -1;
                for (int p = w.first(); p <= w.last(); p++) {
                    CutPassage passage = cut.get(w.volume()).get(p);
                    if (page < 0) {
                        page = passage.firstPage();
                    }
                    body.append(passage.body()).append(' ');
                }
                Match m = matcher.match(tokens, app.verbatim.match.StoredWords.of(body.toString()));
                var o = w.overlap();
                out.append(String.format(" | v%d p%d sh%.2f or%.2f %d/%d span%d al%.2f", w.volume(), page, o.share(),
                        o.orderedShare(), o.shared(), o.distinct(), o.last() - o.first() + 1, m.score()));
            }
            System.out.println(out);
        }
    }
}
