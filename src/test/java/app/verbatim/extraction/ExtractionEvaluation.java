package app.verbatim.extraction;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.Reference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Measures extraction against an independent reading: labelled quotations (src/test/resources/eval/extraction,
 * labelled by hand from the texts, see its README) are located in the text by their first and last words, and
 * matched to what the extractor found when the two stretches overlap by at least half of the longer one.
 * Reports, per split, precision, recall and F1 of Lenin's quotations and the share of labelled citations the
 * extractor gives the right volume and pages (and source).
 */
final class ExtractionEvaluation {

    /** A labelled quotation located in its text. */
    record Label(String file, int n, String split, int start, int end, boolean lenin, String speaker,
                 JsonNode citation, boolean sure) {
    }

    /** One memoir text, how it reads once converted, and who wrote it. */
    record Source(String text, String author) {
    }

    /** A labelled file as it was read (extracted here, or stored by the service): its text and its quotations. */
    record Found(String text, List<ExtractedQuotation> quotations) {
    }

    /** Tallies of one split. */
    static final class Tally {
        int labels;
        int leninLabels;
        int leninFound;
        int leninRight;
        int citationLabels;
        int citationsRight;
        final List<String> misses = new ArrayList<>();

        double precision() {
            return leninFound == 0 ? 1 : (double) leninRight / leninFound;
        }

        double recall() {
            return leninLabels == 0 ? 1 : (double) leninRight / leninLabels;
        }

        double f1() {
            double p = precision();
            double r = recall();
            return p + r == 0 ? 0 : 2 * p * r / (p + r);
        }

        double citations() {
            return citationLabels == 0 ? 1 : (double) citationsRight / citationLabels;
        }

        @Override
        public String toString() {
            return String.format("labels %4d  lenin %4d  found %4d  P %.3f  R %.3f  F1 %.3f  citations %d/%d = %.3f",
                    labels, leninLabels, leninFound, precision(), recall(), f1(), citationsRight, citationLabels,
                    citations());
        }
    }

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Prints each split's figures (prefixed) and the misses of every split but the holdout, which is never looked
     * into; then fails where a split is below its floor (split: minimum F1, minimum share of citations right).
     */
    static void report(String prefix, Map<String, Tally> tallies, Map<String, double[]> floors) {
        tallies.forEach((split, t) -> System.out.printf("%s%-8s %s%n", prefix, split, t));
        tallies.forEach((split, t) -> {
            if (!split.equals("holdout")) {
                t.misses.forEach(m -> System.out.println("  " + prefix + split + " " + m));
            }
        });
        floors.forEach((split, floor) -> {
            Tally t = tallies.get(split);
            org.junit.jupiter.api.Assertions.assertTrue(t.f1() >= floor[0], split + " F1 below " + floor[0] + ": " + t);
            org.junit.jupiter.api.Assertions.assertTrue(t.citations() >= floor[1],
                    split + " citations below " + floor[1] + ": " + t);
        });
    }

    /** Labels of {@code resources} (JSON Lines), evaluated split by split, on what the extractor finds in each source. */
    Map<String, Tally> evaluate(List<String> resources, Function<String, Source> sources) throws IOException {
        QuotationExtractor extractor = new QuotationExtractor();
        return evaluateFound(resources, file -> {
            Source source = sources.apply(file);
            return new Found(source.text(), extractor.extract(source.text(), source.author()).quotations());
        });
    }

    /** Labels of {@code resources}, evaluated split by split, on what {@code found} gives for each labelled file. */
    Map<String, Tally> evaluateFound(List<String> resources, Function<String, Found> found) throws IOException {
        Map<String, List<JsonNode>> byFile = new LinkedHashMap<>();
        for (String resource : resources) {
            for (JsonNode label : read(resource)) {
                byFile.computeIfAbsent(label.get("file").asText(), f -> new ArrayList<>()).add(label);
            }
        }
        Map<String, Tally> tallies = new TreeMap<>();
        for (var entry : byFile.entrySet()) {
            Found file = found.apply(entry.getKey());
            List<Label> labels = locate(entry.getKey(), file.text(), entry.getValue());
            score(file.text(), labels, file.quotations(), tallies);
        }
        return tallies;
    }

    private void score(String text, List<Label> labels, List<ExtractedQuotation> found, Map<String, Tally> tallies) {
        Map<Label, ExtractedQuotation> matched = match(labels, found);
        String split = labels.isEmpty() ? "?" : labels.get(0).split();
        for (Label label : labels) {
            Tally t = tallies.computeIfAbsent(label.split(), s -> new Tally());
            t.labels++;
            ExtractedQuotation q = matched.get(label);
            boolean foundLenin = q != null && "Lenin".equals(q.speaker());
            if (label.lenin()) {
                t.leninLabels++;
                if (foundLenin) {
                    t.leninRight++;
                } else {
                    t.misses.add("missed Lenin " + where(label, text) + (q == null ? " (not found)" : " (found as " + q.speaker() + ")"));
                }
            }
            // a title named in the prose ("in his article ...") is not a bibliographic reference to check
            if (label.citation() != null && !label.citation().isNull() && !label.citation().path("inProse").asBoolean()) {
                t.citationLabels++;
                if (q != null && sameCitation(label.citation(), q.citation())) {
                    t.citationsRight++;
                } else {
                    t.misses.add("citation " + where(label, text) + " labelled " + label.citation().get("raw")
                            + " got " + (q == null ? "no quotation" : q.citation() == null ? "none" : q.citation().raw()));
                }
            }
        }
        for (ExtractedQuotation q : found) {
            if (!"Lenin".equals(q.speaker())) {
                continue;
            }
            Label label = matched.entrySet().stream().filter(e -> e.getValue() == q).map(Map.Entry::getKey)
                    .findFirst().orElse(null);
            String s = label != null ? label.split() : nearestSplit(labels, q, split);
            Tally t = tallies.computeIfAbsent(s, x -> new Tally());
            t.leninFound++;
            if (label == null || !label.lenin()) {
                t.misses.add("wrong Lenin " + (label == null ? "(no such quotation)" : "(labelled " + label.speaker() + ")")
                        + ": «" + abbreviate(q.text()) + "» " + q.attributionNote());
            }
        }
    }

    private static String nearestSplit(List<Label> labels, ExtractedQuotation q, String fallback) {
        return labels.stream().min(Comparator.comparingInt(l -> Math.abs(l.start() - q.start())))
                .map(Label::split).orElse(fallback);
    }

    /** Each label to the extracted quotation overlapping it most, if they overlap by half the longer. */
    static Map<Label, ExtractedQuotation> match(List<Label> labels, List<ExtractedQuotation> found) {
        Map<Label, ExtractedQuotation> matched = new LinkedHashMap<>();
        List<ExtractedQuotation> free = new ArrayList<>(found);
        for (Label label : labels) {
            ExtractedQuotation best = null;
            double bestShare = 0;
            for (ExtractedQuotation q : free) {
                int overlap = Math.min(label.end(), q.end()) - Math.max(label.start(), q.start());
                double share = (double) overlap / Math.max(label.end() - label.start(), q.end() - q.start());
                if (share >= 0.5 && share > bestShare) {
                    best = q;
                    bestShare = share;
                }
            }
            if (best != null) {
                matched.put(label, best);
                free.remove(best);
            }
        }
        return matched;
    }

    static boolean sameCitation(JsonNode labelled, Reference found) {
        if (found == null) {
            return false;
        }
        Integer volume = labelled.get("volume").isNull() ? null : labelled.get("volume").asInt();
        if (!Objects.equals(volume, found.volume())) {
            return false;
        }
        List<List<Integer>> pages = new ArrayList<>();
        labelled.get("pages").forEach(p -> pages.add(List.of(p.get(0).asInt(), p.get(1).asInt())));
        List<List<Integer>> foundPages = found.pages().stream().map(p -> List.of(p.first(), p.last())).toList();
        return pages.equals(foundPages);
    }

    /** Finds each label's first and last words in the text, in label order. */
    static List<Label> locate(String file, String text, List<JsonNode> labels) {
        List<Label> located = new ArrayList<>();
        int from = 0;
        for (JsonNode l : labels) {
            Matcher start = pattern(l.get("start").asText()).matcher(text);
            if (!start.find(from) && !start.find(0)) {
                throw new IllegalStateException(file + " #" + l.get("n") + ": start not found: " + l.get("start"));
            }
            Matcher end = pattern(l.get("end").asText()).matcher(text);
            if (!end.find(start.start())) {
                throw new IllegalStateException(file + " #" + l.get("n") + ": end not found: " + l.get("end"));
            }
            located.add(new Label(file, l.get("n").asInt(), l.get("split").asText(), start.start(), end.end(),
                    l.get("lenin").asBoolean(), l.get("speaker").asText(), l.get("citation"),
                    !"doubtful".equals(l.path("confidence").asText())));
            from = start.start() + 1;
        }
        return located;
    }

    /** The words as printed, any run of whitespace between them. */
    private static Pattern pattern(String snippet) {
        String[] words = snippet.strip().split("\\s+");
        StringBuilder regex = new StringBuilder();
        for (String w : words) {
            // words may run over a line break into a block quotation's next line ("> ")
            regex.append(regex.length() == 0 ? "" : "(?:[\\s\\u00A0]+(?:> )?)+").append(Pattern.quote(w));
        }
        return Pattern.compile(regex.toString());
    }

    private static String where(Label label, String text) {
        return label.file().replaceAll(".*/", "") + " #" + label.n() + (label.sure() ? "" : " (doubtful)") + ": «"
                + abbreviate(text.substring(label.start(), label.end())) + "»";
    }

    private static String abbreviate(String s) {
        String one = s.replaceAll("\\s+", " ");
        return one.length() <= 90 ? one : one.substring(0, 60) + " … " + one.substring(one.length() - 25);
    }

    private List<JsonNode> read(String resource) throws IOException {
        List<JsonNode> out = new ArrayList<>();
        try (InputStream in = ExtractionEvaluation.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank()) {
                    out.add(json.readTree(line));
                }
            }
        }
        return out;
    }
}
