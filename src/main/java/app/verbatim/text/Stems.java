package app.verbatim.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * English stems of content words, by the Snowball English stemmer (Porter2, as PostgreSQL's english
 * configuration uses): "decreed" and "decrees" are both "decre". Another translation of a passage keeps its
 * content words far more often than their forms or their order, so the Works are searched by stems.
 */
public final class Stems {

    /** A content word of a text, stemmed, with the index of its token in {@link TextNormaliser#tokenize}. */
    public record Stem(String stem, int token) {
    }

    private static final Set<String> STOP_WORDS = load("/text/stop-words.txt");
    private static final ThreadLocal<EnglishStemmer> STEMMER = ThreadLocal.withInitial(EnglishStemmer::new);

    private Stems() {
    }

    /** The stems of the content words of {@code tokens}, in text order; ellipses and stop words left out. */
    public static List<Stem> of(List<Token> tokens) {
        List<Stem> stems = new ArrayList<>(tokens.size());
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            if (t.isEllipsis() || STOP_WORDS.contains(t.norm())) {
                continue;
            }
            stems.add(new Stem(stem(t.norm()), i));
        }
        return stems;
    }

    /** The distinct stems of a text's content words, in order of first occurrence. */
    public static List<String> distinct(String text) {
        return of(TextNormaliser.tokenize(text)).stream().map(Stem::stem)
                .collect(Collectors.toCollection(LinkedHashSet::new)).stream().toList();
    }

    /** The stem of one normalised word (lower case, apostrophes unified). */
    public static String stem(String word) {
        EnglishStemmer stemmer = STEMMER.get();
        stemmer.setCurrent(word);
        stemmer.stem();
        return stemmer.getCurrent();
    }

    public static boolean isStopWord(String normalisedWord) {
        return STOP_WORDS.contains(normalisedWord);
    }

    private static Set<String> load(String resource) {
        try (InputStream in = Stems.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
