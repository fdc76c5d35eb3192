package app.verbatim.editor;

/** Every name a draft may use for Lenin; all of them stand for the one speaker "Lenin". */
final class LeninNames {

    static final String SPEAKER = "Lenin";

    /** Longest alternatives first so "V. I. Lenin" is taken whole rather than as "Lenin". */
    static final String REGEX = "(?:V\\.\\s*I\\.\\s*(?:Lenin|Ulyanov)"
            + "|Vladimir\\s+Il(?:y|i)ich(?:\\s+(?:Lenin|Ulyanov))?"
            + "|Vladimir\\s+(?:Lenin|Ulyanov)"
            + "|Lenin|Il(?:y|i)ich|Ulyanov)(?![\\p{L}])";

    /** Every name above contains one of these words, so finding them is enough and much faster than the regex. */
    static final String[] KEY_WORDS = {"Lenin", "Ilyich", "Ilich", "Ulyanov"};

    private LeninNames() {
    }

    static boolean mentionedIn(String text) {
        return firstMention(text, 0, text.length()) >= 0;
    }

    /** Start of the first key word in [from, to) standing as a word of its own ("Lenin’s" yes, "Leninism" no). */
    static int firstMention(String text, int from, int to) {
        int first = -1;
        for (String word : KEY_WORDS) {
            int at = from;
            while (true) {
                at = text.indexOf(word, at);
                if (at < 0 || at + word.length() > to || (first >= 0 && at > first)) {
                    break;
                }
                int after = at + word.length();
                boolean wordStart = at == 0 || !Character.isLetter(text.charAt(at - 1));
                boolean wordEnd = after >= text.length() || !Character.isLetter(text.charAt(after));
                if (wordStart && wordEnd) {
                    first = first < 0 ? at : Math.min(first, at);
                    break;
                }
                at++;
            }
        }
        return first;
    }

    /** Starts of every stand-alone key word in the text, in order; one indexOf sweep per key word. */
    static int[] mentions(String text) {
        java.util.List<Integer> all = new java.util.ArrayList<>();
        for (String word : KEY_WORDS) {
            for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
                int after = at + word.length();
                if ((at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (after >= text.length() || !Character.isLetter(text.charAt(after)))) {
                    all.add(at);
                }
            }
        }
        return all.stream().mapToInt(Integer::intValue).sorted().toArray();
    }
}
