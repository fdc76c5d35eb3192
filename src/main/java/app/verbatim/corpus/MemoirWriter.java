package app.verbatim.corpus;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

import app.verbatim.extraction.Extraction;
import app.verbatim.match.Shingles;
import app.verbatim.text.PageRange;
import app.verbatim.text.Reference;
import app.verbatim.text.Speakers;
import app.verbatim.text.TextNormaliser;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

/**
 * Stores a memoir with what extraction found in it. One memoir is one transaction: a failed import
 * leaves what was stored before untouched, and a changed text replaces the old one whole. Extraction
 * has already run, outside the transaction, so the lock and the connection are held only for writing.
 */
@ApplicationScoped
class MemoirWriter {

    private final EntityManager em;
    private final Event<MemoirStored> stored;

    MemoirWriter(EntityManager em, Event<MemoirStored> stored) {
        this.em = em;
        this.stored = stored;
    }

    /** The stored memoir under this slug when its text and facts hash to {@code hash}; read without locking. */
    @Transactional(Transactional.TxType.SUPPORTS)
    Optional<ImportSummary> unchanged(String slug, String hash) {
        return Memoir.<Memoir>find("slug", slug).firstResultOptional()
                .filter(m -> m.contentHash.equals(hash))
                .map(m -> summarise(m, ImportSummary.Outcome.UNCHANGED));
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    boolean exists(String slug) {
        return Memoir.count("slug", slug) > 0;
    }

    /**
     * Stores the extraction of a text unless the same text is stored under that slug already (another
     * instance may have stored it while this one extracted). A different text under the slug replaces it
     * only when {@code replace} is set; otherwise 409.
     */
    @Transactional
    ImportSummary store(MemoirSource source, String hash, Memoir.Origin origin, boolean replace, Extraction extraction) {
        // Several instances may start at once over one database: one import of a slug at a time.
        em.createNativeQuery("SELECT pg_advisory_xact_lock(hashtext(:slug))")
                .setParameter("slug", "memoir:" + source.slug())
                .getSingleResult();
        Optional<Memoir> existing = Memoir.find("slug", source.slug()).firstResultOptional();
        if (existing.isPresent() && existing.get().contentHash.equals(hash)) {
            return summarise(existing.get(), ImportSummary.Outcome.UNCHANGED);
        }
        if (existing.isPresent() && !replace) {
            throw CorpusImporter.slugTaken(source.slug());
        }
        Memoir memoir = existing.orElseGet(Memoir::new);
        if (existing.isPresent()) {
            removeContents(memoir);
        }
        memoir.slug = source.slug();
        memoir.author = source.author();
        memoir.title = source.title();
        memoir.part = source.part();
        memoir.editionNote = source.editionNote();
        memoir.origin = origin;
        memoir.contentHash = hash;
        memoir.body = source.text();
        memoir.importedAt = OffsetDateTime.now();
        memoir.persist();
        store(memoir, extraction);
        em.flush();
        stored.fire(new MemoirStored(memoir.id));
        return summarise(memoir, existing.isPresent() ? ImportSummary.Outcome.REPLACED : ImportSummary.Outcome.CREATED);
    }

    private void removeContents(Memoir memoir) {
        for (String table : List.of("quotation", "narration", "citation", "chapter")) {
            em.createNativeQuery("DELETE FROM " + table + " WHERE memoir_id = :id")
                    .setParameter("id", memoir.id)
                    .executeUpdate();
        }
    }

    private void store(Memoir memoir, Extraction extraction) {
        List<Chapter> chapters = new ArrayList<>();
        for (var extracted : extraction.chapters()) {
            Chapter chapter = new Chapter();
            chapter.memoir = memoir;
            chapter.ordinal = extracted.ordinal();
            chapter.number = extracted.number();
            chapter.title = extracted.title();
            chapter.startOffset = extracted.start();
            chapter.endOffset = extracted.end();
            chapter.persist();
            chapters.add(chapter);
        }
        Map<Integer, Citation> citationsByGroup = new HashMap<>();
        for (var extracted : extraction.quotations()) {
            Quotation quotation = new Quotation();
            quotation.memoir = memoir;
            quotation.chapter = chapters.get(extracted.chapterOrdinal());
            quotation.ordinal = extracted.ordinal();
            quotation.body = extracted.text();
            quotation.startOffset = extracted.start();
            quotation.endOffset = extracted.end();
            quotation.speaker = extracted.speaker();
            quotation.speakerKind = extracted.speakerKind();
            quotation.lenin = Speakers.isLenin(extracted.speaker());
            quotation.confidence = (float) extracted.confidence();
            quotation.attributionNote = extracted.attributionNote();
            quotation.reporter = memoir.author;
            quotation.issuingBody = extracted.issuingBody();
            quotation.kind = extracted.kind();
            quotation.shingles = shinglesOf(extracted.text());
            if (extracted.citation() != null) {
                quotation.citation = citationsByGroup.computeIfAbsent(extracted.citationGroup(),
                        group -> storeCitation(memoir, group, extracted.citation()));
            }
            quotation.persist();
        }
        for (var passage : extraction.narration()) {
            Narration narration = new Narration();
            narration.memoir = memoir;
            narration.chapter = chapters.get(passage.chapterOrdinal());
            narration.startOffset = passage.start();
            narration.endOffset = passage.end();
            narration.body = passage.text();
            narration.shingles = shinglesOf(passage.text());
            narration.persist();
        }
    }

    /** The lookup index: word pairs, normalised the same way a submitted quotation will be. */
    private static int[] shinglesOf(String text) {
        return Shingles.of(TextNormaliser.tokenize(text));
    }

    private static Citation storeCitation(Memoir memoir, int group, app.verbatim.text.Reference extracted) {
        Citation citation = new Citation();
        citation.memoir = memoir;
        citation.ordinal = group;
        citation.raw = extracted.raw();
        citation.volume = extracted.volume();
        citation.ibid = extracted.ibid();
        citation.source = extracted.source();
        citation.edition = extracted.edition();
        citation.startOffset = extracted.start();
        citation.endOffset = extracted.end();
        for (var range : extracted.pages()) {
            citation.pages.add(new CitedPages(range.first(), range.last()));
        }
        var lowest = extracted.pages().stream().mapToInt(app.verbatim.text.PageRange::first).min();
        citation.firstPage = lowest.isPresent() ? lowest.getAsInt() : null;
        citation.persist();
        return citation;
    }

    private ImportSummary summarise(Memoir memoir, ImportSummary.Outcome outcome) {
        long chapters = Chapter.count("memoir.id", memoir.id);
        long quotations = Quotation.count("memoir.id", memoir.id);
        long lenin = Quotation.count("memoir.id = ?1 and lenin = true", memoir.id);
        long uncertain = Quotation.count("memoir.id = ?1 and confidence < ?2", memoir.id, Speakers.CERTAIN);
        long narration = Narration.count("memoir.id", memoir.id);
        SortedMap<Integer, Integer> perVolume = new TreeMap<>();
        long citations = 0;
        List<Object[]> rows = em.createQuery(
                "select c.volume, count(c) from Citation c where c.memoir.id = :id group by c.volume", Object[].class)
                .setParameter("id", memoir.id)
                .getResultList();
        for (Object[] row : rows) {
            citations += (Long) row[1];
            if (row[0] != null) {
                perVolume.put((Integer) row[0], ((Long) row[1]).intValue());
            }
        }
        return new ImportSummary(memoir.id, memoir.slug, outcome, (int) chapters, (int) quotations, (int) lenin,
                (int) uncertain, (int) citations, (int) narration, perVolume);
    }
}
