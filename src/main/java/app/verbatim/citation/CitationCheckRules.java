package app.verbatim.citation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;

import app.verbatim.text.CitationFormat;
import app.verbatim.text.PageRange;
import app.verbatim.text.WorksEdition;

/**
 * Decides what a memoir's citation of Lenin's Works is worth, given where the passage was found. Plain Java: the
 * memoir's citations of one volume are decided together, because whether a page belongs to another edition's
 * pagination shows only against the memoir's other citations of that volume (their claimed and found pages rise
 * together: an English translation runs longer than the Russian original, more so the further into the volume).
 */
public final class CitationCheckRules {

    public enum Outcome { PAGES_MATCH, OTHER_PAGINATION, PAGE_MISMATCH, OTHER_VOLUME, NOT_IN_VOLUME, VOLUME_UNAVAILABLE,
        NOT_A_WORKS_CITATION }

    public enum EditionBasis { STATED, INFERRED, UNKNOWN }

    /** A memoir's claim: the source named ("Works" or another), the volume and pages, the edition if it says one. */
    public record Claim(long quotationId, String source, Integer volume, List<PageRange> pages, String edition) {

        public boolean works() {
            return source == null || source.equalsIgnoreCase("Works") || source.equalsIgnoreCase("Collected Works");
        }

        int firstPage() {
            return pages.stream().mapToInt(PageRange::first).min().orElse(0);
        }

        int lastPage() {
            return pages.stream().mapToInt(PageRange::last).max().orElse(0);
        }
    }

    /** Where the passage was found: volume, printed pages, work. */
    public record Place(int volume, int firstPage, int lastPage, String title) {

        /** From the first page of the first range to the last page of the last: where a matched passage runs. */
        public static Place spanning(int volume, List<PageRange> pages, String title) {
            return new Place(volume, pages.get(0).first(), pages.get(pages.size() - 1).last(), title);
        }
    }

    /** A claim with where its passage stands in the claimed volume, and anywhere else, if found. */
    public record Located(Claim claim, Place inClaimedVolume, Place anywhere) {
    }

    public record Check(long quotationId, Outcome outcome, Place found, Integer offset, EditionBasis basis, String edition,
                 String explanation) {
    }

    /**
     * Extra pages another edition's pagination may drift per page of the claimed volume between two citations:
     * Krupskaya's Vol. 26 drifts by 27 pages over 432 (6%). Ten per cent, plus a few pages of slack either side,
     * since a passage may begin near a page's foot in one edition and its head in the other.
     */
    static final double DRIFT_PER_PAGE = 0.10;
    static final int SLACK = 3;
    /** A lone citation of a volume can only be judged by its offset: another edition's runs ahead by this much at most. */
    static final int MAX_LONE_OFFSET = 60;

    private CitationCheckRules() {
    }

    /** Checks every citation of one memoir; {@code available}: the volumes the service holds. */
    public static List<Check> check(List<Located> citations, Set<Integer> available) {
        List<Check> checks = new ArrayList<>();
        for (Located l : citations) {
            checks.add(check(l, citations, available));
        }
        return checks;
    }

    private static Check check(Located l, List<Located> all, Set<Integer> available) {
        Claim c = l.claim();
        String claimed = claimDisplay(c);
        if (!c.works() || c.volume() == null) {
            String where = l.anywhere() == null ? " Verbatim does not find the passage in the Collected Works."
                    : " The passage stands in " + place(l.anywhere()) + ".";
            return new Check(c.quotationId(), Outcome.NOT_A_WORKS_CITATION, l.anywhere(), null, basisOf(c),
                    c.edition(), claimed + " is not a citation of a volume of the Collected Works." + where);
        }
        if (!available.contains(c.volume())) {
            return new Check(c.quotationId(), Outcome.VOLUME_UNAVAILABLE, null, null, basisOf(c), c.edition(),
                    "Volume " + c.volume() + " of the Collected Works is not available to Verbatim, so " + claimed
                            + " cannot be checked.");
        }
        Place found = l.inClaimedVolume();
        if (found == null) {
            if (l.anywhere() != null) {
                return new Check(c.quotationId(), Outcome.OTHER_VOLUME, l.anywhere(), null, basisOf(c), c.edition(),
                        "The passage is not in Vol. " + c.volume() + " but in " + place(l.anywhere()) + ".");
            }
            return new Check(c.quotationId(), Outcome.NOT_IN_VOLUME, null, null, basisOf(c), c.edition(),
                    "Vol. " + c.volume() + " does not hold the passage, and no other available volume does.");
        }
        if (c.pages().isEmpty() || c.pages().stream().anyMatch(p -> p.first() <= found.lastPage() && found.firstPage() <= p.last())) {
            String edition = c.edition() != null ? c.edition() : WorksEdition.ENGLISH;
            return new Check(c.quotationId(), Outcome.PAGES_MATCH, found, c.pages().isEmpty() ? null : 0,
                    c.edition() != null ? EditionBasis.STATED : EditionBasis.INFERRED, edition,
                    "Found on " + pages(found) + " of the English volume, as " + claimed + " says.");
        }
        int offset = found.firstPage() - c.firstPage();
        String step = inStep(l, found.firstPage() - c.lastPage(), offset, all);
        if (step != null) {
            return new Check(c.quotationId(), Outcome.OTHER_PAGINATION, found, offset,
                    c.edition() != null ? EditionBasis.STATED : EditionBasis.INFERRED,
                    c.edition() != null ? c.edition() : "another edition, most likely the Russian 4th, which the English volumes translate",
                    "Found on " + pages(found) + " of the English volume, " + signed(offset) + " pages from " + claimed
                            + ". " + step + " So the memoir's page numbers follow another edition's pagination (most"
                            + " likely the Russian 4th edition, which the English volumes translate volume for volume);"
                            + " in the 4th English edition the passage is on " + pages(found) + ".");
        }
        return new Check(c.quotationId(), Outcome.PAGE_MISMATCH, found, offset, basisOf(c), c.edition(),
                "Found on " + pages(found) + " of the English volume, " + signed(offset) + " pages from " + claimed
                        + ", out of step with the memoir's other citations of Vol. " + c.volume() + " ("
                        + neighbourOffsets(l, all) + "): most likely a wrong page.");
    }

    /**
     * Why the offset fits the memoir's other citations of the volume, or null when it does not: it must lie
     * between the offsets of the nearest citations before and after it (by claimed page), widened by the drift
     * the pages between them allow. A claim of several pages ("pp. 70-74") allows any offset from the found page
     * to one of them: {@code fewest} to {@code most}.
     */
    static String inStep(Located l, int fewest, int most, List<Located> all) {
        List<int[]> others = offsets(l, all);
        int page = l.claim().firstPage();
        if (others.isEmpty()) {
            return most > 0 && fewest <= MAX_LONE_OFFSET
                    ? "It is the memoir's only citation of this volume that Verbatim could place; an English page "
                    + Math.max(fewest, 1) + " or more pages later is what another edition's shorter pagination gives."
                    : null;
        }
        int[] lower = others.stream().filter(o -> o[0] <= page).max(Comparator.comparingInt(o -> o[0])).orElse(null);
        int[] upper = others.stream().filter(o -> o[0] > page).min(Comparator.comparingInt(o -> o[0])).orElse(null);
        double low;
        double high;
        if (lower != null && upper != null) {
            low = Math.min(lower[1], upper[1]) - SLACK;
            high = Math.max(lower[1], upper[1]) + SLACK;
        } else if (lower != null) {
            low = lower[1] - SLACK;
            high = lower[1] + SLACK + DRIFT_PER_PAGE * (page - lower[0]);
        } else {
            low = upper[1] - SLACK - DRIFT_PER_PAGE * (upper[0] - page);
            high = upper[1] + SLACK;
        }
        if (most < low || fewest > high) {
            return null;
        }
        return "The memoir's other citations of this volume are found " + neighbourOffsets(l, all)
                + " pages after the pages they claim, rising through the volume; this one is in step with them.";
    }

    /** (claimed first page, offset) of the memoir's other citations of the volume, found on other pages. */
    private static List<int[]> offsets(Located self, List<Located> all) {
        List<int[]> out = new ArrayList<>();
        for (Located o : all) {
            Claim c = o.claim();
            if (o == self || !c.works() || c.volume() == null || !c.volume().equals(self.claim().volume())
                    || o.inClaimedVolume() == null || c.pages().isEmpty()) {
                continue;
            }
            if (c.pages().equals(self.claim().pages())) {
                // another passage under the same claim ("pp. 4, 8-9" for three pieces of one letter) is no
                // second opinion on where those pages fall: it is the same claim
                continue;
            }
            out.add(new int[] {c.firstPage(), o.inClaimedVolume().firstPage() - c.firstPage()});
        }
        return out;
    }

    private static String neighbourOffsets(Located l, List<Located> all) {
        List<int[]> others = offsets(l, all);
        if (others.isEmpty()) {
            return "none placed";
        }
        int min = others.stream().mapToInt(o -> o[1]).min().getAsInt();
        int max = others.stream().mapToInt(o -> o[1]).max().getAsInt();
        return min == max ? signed(min) : signed(min) + " to " + signed(max);
    }

    private static EditionBasis basisOf(Claim c) {
        return c.edition() != null ? EditionBasis.STATED : EditionBasis.UNKNOWN;
    }

    private static String claimDisplay(Claim c) {
        String works = c.works() ? CitationFormat.works(c.volume(), c.pages()) : null;
        String text = works != null ? works : (c.source() == null ? "the citation" : c.source()
                + (c.volume() == null ? "" : ", Vol. " + c.volume())
                + (c.pages().isEmpty() ? "" : ", pp. " + CitationFormat.pages(c.pages())));
        return "\"" + text + "\"";
    }

    static String place(Place p) {
        return "Vol. " + p.volume() + ", " + pages(p) + (p.title() == null ? "" : " (" + p.title() + ")");
    }

    private static String pages(Place p) {
        return p.firstPage() == p.lastPage() ? "p. " + p.firstPage()
                : "pp. " + CitationFormat.range(new PageRange(p.firstPage(), p.lastPage()));
    }

    private static String signed(int n) {
        return n > 0 ? "+" + n : Integer.toString(n);
    }
}
