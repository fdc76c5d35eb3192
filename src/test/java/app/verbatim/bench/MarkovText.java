package app.verbatim.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Memoir-like English from a word-level Markov chain (two words of context, one as fallback)
 * trained on the seed memoirs. Words keep their punctuation, so the output has sentences.
 * Seeded: the same corpus every run.
 */
final class MarkovText {

    private final Map<String, List<String>> afterPair = new HashMap<>();
    private final Map<String, List<String>> afterWord = new HashMap<>();
    private final List<String[]> sentenceStarts = new ArrayList<>();
    private final Random random;

    MarkovText(List<String> texts, long seed) {
        this.random = new Random(seed);
        for (String text : texts) {
            // Quotation marks would make the generated passages look like nested quotations.
            String[] words = text.replaceAll("[\"“”«»]", " ").trim().split("\\s+");
            for (int i = 0; i + 2 < words.length; i++) {
                afterPair.computeIfAbsent(words[i] + " " + words[i + 1], k -> new ArrayList<>()).add(words[i + 2]);
                afterWord.computeIfAbsent(words[i + 1], k -> new ArrayList<>()).add(words[i + 2]);
                if (endsSentence(words[i]) && Character.isUpperCase(words[i + 1].charAt(0))) {
                    sentenceStarts.add(new String[] {words[i + 1], words[i + 2]});
                }
            }
        }
    }

    /** A passage of exactly {@code words} words, starting a sentence and ending with a full stop. */
    String passage(int words) {
        List<String> out = new ArrayList<>(words);
        String[] start = pick(sentenceStarts);
        out.add(start[0]);
        out.add(start[1]);
        while (out.size() < words) {
            String a = out.get(out.size() - 2);
            String b = out.get(out.size() - 1);
            List<String> next = afterPair.get(a + " " + b);
            if (next == null) {
                next = afterWord.get(b);
            }
            if (next == null) { // a dead end (the last words of a text): start a new sentence
                String[] again = pick(sentenceStarts);
                out.add(again[0]);
                continue;
            }
            out.add(pick(next));
        }
        String text = String.join(" ", out.subList(0, words));
        return endsSentence(text) ? text : text.replaceAll("[,;:—-]+$", "") + ".";
    }

    int nextInt(int bound) {
        return random.nextInt(bound);
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private static boolean endsSentence(String word) {
        return word.endsWith(".") || word.endsWith("!") || word.endsWith("?");
    }
}
