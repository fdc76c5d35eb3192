package app.verbatim.works.convert;

import java.util.List;

/**
 * Mends words hyphenated across a page break ("revo-" at the foot of one page, "lution" at the top of the
 * next): the whole word goes to the page it begins on, so no page holds half a word.
 */
final class CrossPageJoiner {

    private CrossPageJoiner() {
    }

    static void join(List<List<Paragraph>> pages, HyphenJoiner joiner) {
        for (int k = 0; k + 1 < pages.size(); k++) {
            List<Paragraph> page = pages.get(k);
            List<Paragraph> next = pages.get(k + 1);
            int last = lastRunning(page);
            if (last < 0 || next.isEmpty()) {
                continue;
            }
            Paragraph before = page.get(last);
            Paragraph after = next.get(0);
            String text = before.text();
            if (after.role() != before.role() || text.length() < 2 || !text.endsWith("-") || !Character.isLetter(text.charAt(text.length() - 2))) {
                continue;
            }
            String rest = after.text();
            int space = rest.indexOf(' ');
            String word = space < 0 ? rest : rest.substring(0, space);
            if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
                continue;
            }
            page.set(last, before.withText(joiner.join(text, word)));
            String remaining = space < 0 ? "" : rest.substring(space + 1).strip();
            if (remaining.isEmpty()) {
                next.remove(0);
            } else {
                next.set(0, after.withText(remaining));
            }
        }
    }

    /** The last paragraph of the running text, provided only footnotes follow it. */
    private static int lastRunning(List<Paragraph> page) {
        for (int i = page.size() - 1; i >= 0; i--) {
            Paragraph.Role role = page.get(i).role();
            if (role == Paragraph.Role.BODY || role == Paragraph.Role.SMALL) {
                return i;
            }
            if (role != Paragraph.Role.FOOTNOTE) {
                return -1;
            }
        }
        return -1;
    }
}
