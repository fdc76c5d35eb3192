package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * Lists the volume's works and editorial sections with their printed page ranges, from the contents'
 * top-level entries. A work ends on the page before the next one begins, or on that page itself where the
 * next title stands below text of its own. The editors' sections are recognised by their titles; from the
 * first back-matter section (the Notes) on, everything is theirs.
 */
final class WorkFinder {

    private static final Pattern FRONT_MATTER = Pattern.compile(
            "(?i)^(contents|preface|foreword|introduction|from the publishers|publishers’ note|editorial note|to the reader).*");
    private static final Pattern BACK_MATTER = Pattern.compile(
            "(?i)^(notes|name index|subject index|index.*|.*\\bindex\\b.*|the life and work of v\\.\\s?i\\.\\s?lenin.*|chronology.*"
                    + "|outstanding dates.*|glossary.*|list of .*|illustrations.*|bibliography.*|errata.*|biographical .*|calendar of .*)$");

    private WorkFinder() {
    }

    /**
     * @param entries        the contents' entries, in order
     * @param contentsFirst  the printed page the contents begin on, -1 if none was found
     * @param lastPage       the last printed page of the volume
     * @param startsMidPage  whether a page holds text above the first title on it
     */
    static List<VolumeData.Work> find(List<ContentsReader.Entry> entries, int contentsFirst, int lastPage, IntPredicate startsMidPage) {
        List<ContentsReader.Entry> top = new ArrayList<>();
        int previous = contentsFirst;
        for (ContentsReader.Entry e : entries) {
            if (e.topLevel() && e.page() >= previous && e.page() <= lastPage) {
                top.add(e);
                previous = e.page();
            }
        }
        List<VolumeData.Work> works = new ArrayList<>();
        if (contentsFirst >= 0 && (top.isEmpty() || top.get(0).page() > contentsFirst)) {
            top.add(0, new ContentsReader.Entry("Contents", contentsFirst, true));
        }
        boolean seenWork = false;
        boolean backMatter = false;
        for (int k = 0; k < top.size(); k++) {
            ContentsReader.Entry e = top.get(k);
            String title = TitleCase.of(e.title());
            boolean editorial;
            if (backMatter || seenWork && BACK_MATTER.matcher(title).matches()) {
                backMatter = true;
                editorial = true;
            } else {
                editorial = !seenWork && FRONT_MATTER.matcher(title).matches();
            }
            seenWork |= !editorial;
            int end = lastPage;
            if (k + 1 < top.size()) {
                int next = top.get(k + 1).page();
                end = startsMidPage.test(next) ? next : next - 1;
            }
            works.add(new VolumeData.Work(title, e.page(), Math.max(e.page(), end), editorial ? Boolean.TRUE : null));
        }
        return works;
    }

    /**
     * For a volume whose contents could not be read: the works as the running titles of odd pages name them
     * (shortened as they are). A work opening takes the pages since the previous work's last titled page.
     */
    static List<VolumeData.Work> fromHeads(List<Integer> printed, List<String> headTitles) {
        List<VolumeData.Work> works = new ArrayList<>();
        String current = null;
        int first = printed.isEmpty() ? 0 : printed.get(0);
        int last = first;
        boolean backMatter = false;
        for (int k = 0; k < printed.size(); k++) {
            String title = headTitles.get(k).strip();
            if (title.isEmpty() || title.replace(" ", "").equalsIgnoreCase("V.I.LENIN")) {
                continue;
            }
            if (current != null && !title.equalsIgnoreCase(current)) {
                backMatter = addFromHeads(works, current, first, last, backMatter);
                first = last + 1;
            }
            current = title;
            last = printed.get(k);
        }
        if (current != null) {
            addFromHeads(works, current, first, printed.get(printed.size() - 1), backMatter);
        }
        return works;
    }

    private static boolean addFromHeads(List<VolumeData.Work> works, String head, int first, int last, boolean backMatter) {
        String title = TitleCase.of(head.toUpperCase(Locale.ROOT));
        boolean back = backMatter || BACK_MATTER.matcher(title).matches();
        boolean editorial = back || works.stream().allMatch(w -> w.editorial() != null) && FRONT_MATTER.matcher(title).matches();
        works.add(new VolumeData.Work(title, first, Math.max(first, last), editorial ? Boolean.TRUE : null));
        return back;
    }
}
