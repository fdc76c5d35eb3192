package app.verbatim.works;

/**
 * The forms in which a reader holds a sentence of Lenin's, derived from the printed wording by fixed rules, so
 * that every case can be rebuilt from the labelled passage alone.
 */
final class SubmissionForms {

    private SubmissionForms() {
    }

    /** The middle of the passage: from its third word, about two thirds of its words. */
    static String fragment(String text) {
        String[] w = text.strip().split("\\s+");
        int from = Math.min(2, w.length / 4);
        int to = Math.max(from + 8, from + w.length * 2 / 3);
        return String.join(" ", java.util.Arrays.copyOfRange(w, from, Math.min(w.length, to)));
    }

    /** Every fifth word of five letters or more mistyped: two neighbouring letters swapped. */
    static String typos(String text) {
        String[] w = text.strip().split("\\s+");
        int seen = 0;
        for (int i = 0; i < w.length; i++) {
            if (w[i].chars().filter(Character::isLetter).count() >= 5 && seen++ % 5 == 2) {
                char[] c = w[i].toCharArray();
                int at = c.length / 2;
                char t = c[at];
                c[at] = c[at - 1];
                c[at - 1] = t;
                w[i] = new String(c);
            }
        }
        return String.join(" ", w);
    }

    /** The first third and the last third, joined by an ellipsis. */
    static String ellipsis(String text) {
        String[] w = text.strip().split("\\s+");
        int third = Math.max(3, w.length / 3);
        if (w.length < 9) {
            return text;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(w, 0, third)) + " ... "
                + String.join(" ", java.util.Arrays.copyOfRange(w, w.length - third, w.length));
    }
}
