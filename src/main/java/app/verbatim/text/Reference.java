package app.verbatim.text;

import java.util.List;

/**
 * A reference a text gives for quoted words, as printed ({@code raw}, at {@code start..end}) and as read:
 * "(Works, Vol. 26, pp. 316, 317-18.)" is source "Works", volume 26, pages 316 and 317-318.
 *
 * @param source  the collection or publication cited: "Works" (the Collected Works, however printed), "Selected
 *                Works", "Lenin Miscellany", or the periodical or book as the text names it ("Bulletin communiste")
 * @param edition the edition where the text states it ("4th ed.", "Moscow 1977"), else null
 * @param author  whose writings the reference names: {@link Speakers#LENIN} for "V.I. Lenin, ..." or for a
 *                collection of his writings cited without an author; another name as printed; null when unsaid
 * @param title   the work cited where the reference names it after its author ("V.I. Lenin, On Slogans, ..."), else null
 * @param ibid    "Ibid." or "Op. cit.": source, volume, author and title are those of the reference before it, of any
 *                source
 */
public record Reference(String raw, int start, int end, String source, Integer volume, List<PageRange> pages,
                        String edition, String author, String title, boolean ibid) {

    /** The source Verbatim checks volumes and pages against. */
    public static final String WORKS = "Works";

    public Reference {
        pages = List.copyOf(pages);
    }

    /** Whether the reference says the words are Lenin's own writing or speech: strong evidence of the speaker. */
    public boolean leninsWritings() {
        return Speakers.isLenin(author);
    }

    /** How many printed pages the reference lists: "pp. 4, 8-9" is three. */
    public int pageCount() {
        int count = 0;
        for (PageRange range : pages) count += range.count();
        return count;
    }

    /** The same reference found elsewhere (a note's text placed at the quotation it belongs to). */
    public Reference at(int newStart, int newEnd) {
        return new Reference(raw, newStart, newEnd, source, volume, pages, edition, author, title, ibid);
    }
}
