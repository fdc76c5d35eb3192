package app.verbatim.works.convert;

import app.verbatim.works.data.VolumeData;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads a volume's pages once their glyphs are known: numbers them, finds the contents and the works,
 * lays every page out in paragraphs and marks whose words they are.
 */
final class VolumeReading {

    /** The editors' captions of facsimile pages that the pagination counts ("First page of the manuscript ... Reduced"). */
    private static final Pattern CAPTION = Pattern.compile(
            "(?i)\\b(reduced|enlarged|manuscript|first page|last page|cover of|photograph|facsimile|portrait)\\b|^V\\. ?I\\. ?Lenin\\b");

    private final List<VolumeData.Work> works;
    private final List<VolumeData.Page> pages;
    private final String period;
    private final int inferredPages;
    private final int plates;

    private VolumeReading(List<VolumeData.Work> works, List<VolumeData.Page> pages, String period, int inferredPages, int plates) {
        this.works = works;
        this.pages = pages;
        this.period = period;
        this.inferredPages = inferredPages;
        this.plates = plates;
    }

    List<VolumeData.Work> works() {
        return works;
    }

    List<VolumeData.Page> pages() {
        return pages;
    }

    String period() {
        return period;
    }

    int inferredPages() {
        return inferredPages;
    }

    int plates() {
        return plates;
    }

    /**
     * @param glyphs  each PDF page's glyphs
     * @param heights each PDF page's height in points
     * @param labels  the PDF's page labels, or null
     */
    static VolumeReading read(List<List<Glyph>> glyphs, float[] heights, String[] labels) {
        int n = glyphs.size();
        List<RunningHead> heads = new ArrayList<>(n);
        List<List<TextLine>> bodies = new ArrayList<>(n);
        int[] numbers = new int[n];
        int[] plateLike = new int[n];
        int[] labelNumbers = new int[n];
        int lastText = -1;
        for (int i = 0; i < n; i++) {
            RunningHead.Split split = RunningHead.split(LineBuilder.lines(glyphs.get(i)), heights[i]);
            heads.add(split.head());
            bodies.add(split.body());
            numbers[i] = split.head().number();
            labelNumbers[i] = labels != null && i < labels.length && labels[i] != null && labels[i].matches("\\d{1,4}") ? Integer.parseInt(labels[i]) : -1;
            boolean empty = split.body().stream().allMatch(l -> l.text().isBlank() || l.text().strip().equals("BLANK"));
            boolean caption = !empty && split.body().size() <= 8 && split.body().stream().allMatch(l -> l.size() < PageLayout.BODY_SIZE);
            plateLike[i] = caption || empty && i > 0 && plateLike[i - 1] == 2 && !heads.get(i - 1).hasNumber() ? 2 : empty ? 1 : 0;
            if (split.body().stream().anyMatch(l -> l.text().contains("DISCARD"))) {
                // The reprint left in a page it marked as spoilt (vol. 11); its head must not number anything.
                plateLike[i] = 3;
                numbers[i] = -1;
            }
            if (!empty) {
                lastText = i;
            }
        }
        PageNumbering.Result numbering = PageNumbering.number(numbers, plateLike, labelNumbers, lastText);
        int first = numbering.firstIndex();
        // The contents' first page carries its title instead of a head; it is numbered from the head after it.
        if (first > 0 && startsWithContents(bodies.get(first - 1))) {
            numbering.printed()[first - 1] = numbering.printed()[first] - 1;
            numbering.inferred()[first - 1] = true;
            first--;
        }
        List<Integer> included = new ArrayList<>();
        for (int i = Math.max(0, first); i <= lastText; i++) {
            if (numbering.printed()[i] >= 0) {
                included.add(i);
            }
        }

        HyphenJoiner joiner = new HyphenJoiner();
        List<String> allLines = new ArrayList<>();
        for (int i : included) {
            bodies.get(i).forEach(l -> allLines.add(TextCleaner.clean(l.text())));
        }
        joiner.learn(allLines);

        List<List<TextLine>> contentsPages = new ArrayList<>();
        int contentsFirst = -1;
        for (int i : included) {
            boolean isContents = heads.get(i).title().replace(" ", "").equalsIgnoreCase("CONTENTS")
                    || contentsPages.isEmpty() && startsWithContents(bodies.get(i));
            if (isContents) {
                contentsFirst = contentsFirst < 0 ? numbering.printed()[i] : contentsFirst;
                contentsPages.add(bodies.get(i));
            } else if (!contentsPages.isEmpty()) {
                break;
            }
        }
        List<ContentsReader.Entry> entries = new ContentsReader(joiner).read(contentsPages);

        float[][] blocks = new float[2][];
        for (int side = 0; side < 2; side++) {
            List<TextLine> sideLines = new ArrayList<>();
            for (int i : included) {
                if (i % 2 == side) {
                    bodies.get(i).stream().filter(l -> l.size() >= PageLayout.BODY_SIZE).forEach(sideLines::add);
                }
            }
            blocks[side] = sideLines.isEmpty() ? new float[] {0, 0} : new float[] {PageLayout.mode(sideLines, true), PageLayout.mode(sideLines, false)};
        }
        PageLayout layout = new PageLayout(joiner);
        List<List<Paragraph>> laidOut = new ArrayList<>();
        boolean footnoteRunsOn = false;
        for (int i : included) {
            PageLayout.Result r = layout.paragraphs(bodies.get(i), footnoteRunsOn, blocks[i % 2]);
            laidOut.add(new ArrayList<>(r.paragraphs()));
            footnoteRunsOn = r.endsInFootnote();
        }
        CrossPageJoiner.join(laidOut, joiner);

        Map<Integer, Integer> indexOfPrinted = new HashMap<>();
        for (int k = 0; k < included.size(); k++) {
            indexOfPrinted.put(numbering.printed()[included.get(k)], k);
        }
        int lastPrinted = included.isEmpty() ? 0 : numbering.printed()[included.get(included.size() - 1)];
        List<VolumeData.Work> works = WorkFinder.find(entries, contentsFirst, lastPrinted, page -> {
            Integer k = indexOfPrinted.get(page);
            return k != null && startsMidPage(laidOut.get(k));
        });
        if (works.isEmpty()) {
            works = WorkFinder.fromHeads(included.stream().map(i -> numbering.printed()[i]).toList(),
                    included.stream().map(i -> heads.get(i).title()).toList());
        }

        StretchClassifier classifier = new StretchClassifier();
        List<VolumeData.Page> pages = new ArrayList<>();
        int inferred = 0;
        int previous = Integer.MIN_VALUE;
        for (int k = 0; k < included.size(); k++) {
            int i = included.get(k);
            int printed = numbering.printed()[i];
            if (printed <= previous) {
                throw new ConversionException("printed page numbers do not increase at PDF page " + (i + 1));
            }
            previous = printed;
            boolean caption = plateLike[i] == 2 && bodies.get(i).stream().anyMatch(l -> CAPTION.matcher(l.text()).find());
            StretchClassifier.PageText text = classifier.classify(laidOut.get(k), caption || isEditorial(works, printed),
                    k + 1 < included.size() ? laidOut.get(k + 1) : List.of());
            pages.add(new VolumeData.Page(printed, i + 1, text.text(), text.stretches()));
            inferred += numbering.inferred()[i] ? 1 : 0;
        }
        String period = Period.find(works, pages, glyphs.subList(0, Math.max(0, first)));
        return new VolumeReading(works, pages, period, inferred, numbering.plates());
    }

    private static boolean startsWithContents(List<TextLine> body) {
        return !body.isEmpty() && body.get(0).text().replace(" ", "").equalsIgnoreCase("CONTENTS");
    }

    /** Whether text stands above the first title on a page, so a work that begins there shares the page. */
    private static boolean startsMidPage(List<Paragraph> paragraphs) {
        for (Paragraph p : paragraphs) {
            if (p.role() == Paragraph.Role.HEADING) {
                return false;
            }
            if (p.role() == Paragraph.Role.BODY || p.role() == Paragraph.Role.SMALL) {
                return true;
            }
        }
        return false;
    }

    /** Before the first work and inside the editors' sections; a page a work shares with them counts as the work's. */
    static boolean isEditorial(List<VolumeData.Work> works, int page) {
        boolean inEditorial = false;
        boolean beforeAll = true;
        for (VolumeData.Work w : works) {
            if (w.editorial() == null && page >= w.firstPage()) {
                beforeAll = false;
            }
            if (page >= w.firstPage() && page <= w.lastPage()) {
                if (w.editorial() == null) {
                    return false;
                }
                inEditorial = true;
            }
        }
        return inEditorial || beforeAll && !works.isEmpty() && works.stream().anyMatch(w -> w.editorial() == null);
    }
}
