package app.verbatim.lookup;

import app.verbatim.api.WordDifference;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.verbatim.api.QuotationView;
import app.verbatim.api.WorksLocation;
import app.verbatim.lookup.CandidateFinder.Candidate;
import app.verbatim.lookup.CandidateFinder.Source;
import app.verbatim.lookup.PassageDetails.StoredNarration;
import app.verbatim.lookup.PassageDetails.StoredQuotation;
import app.verbatim.match.CandidateScreen;
import app.verbatim.match.Match;
import app.verbatim.match.PassageMatcher;
import app.verbatim.match.Shingles;
import app.verbatim.match.StoredWords;
import app.verbatim.match.VerdictPolicy;
import app.verbatim.text.PageRange;
import app.verbatim.text.QuoteShape;
import app.verbatim.text.Speakers;
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;
import app.verbatim.text.Words;
import app.verbatim.text.WorksEdition;
import app.verbatim.works.WorksLoader;
import app.verbatim.works.WorksMatch;
import app.verbatim.works.WorksSearch;
import app.verbatim.works.data.Stretch;
import app.verbatim.works.data.VolumeData;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks submissions up in the memoirs and in the Works: candidates from the database index and the Works
 * index, then alignment, scoring and the verdict in plain Java. A batch of submissions costs one candidate
 * query, two Works round trips, then one query per table for the details of the memoir matches shown.
 */
@ApplicationScoped
public class LookupService {

    private final CandidateFinder finder;
    private final PassageDetails details;
    private final WorksSearch works;
    private final LookupConfig config;
    private final PassageMatcher matcher = new PassageMatcher();
    private final VerdictPolicy policy;
    private final CandidateScreen screen;
    private final StoredWordsCache storedWords;
    private final LookupAdmission admission;
    private final WordingDifferences wordings;
    private final WorksLoader worksLoader;

    LookupService(CandidateFinder finder, PassageDetails details, WorksSearch works, WorksLoader worksLoader,
                  WordingDifferences wordings, LookupConfig config) {
        this.finder = finder;
        this.details = details;
        this.works = works;
        this.worksLoader = worksLoader;
        this.wordings = wordings;
        this.config = config;
        this.screen = new CandidateScreen(config.aligned());
        this.storedWords = new StoredWordsCache(config.cachedWords());
        this.admission = new LookupAdmission(config.concurrency().orElse(LookupAdmission.defaultConcurrency()),
                config.queueTimeout());
        this.policy = new VerdictPolicy(new VerdictPolicy.Thresholds(config.thresholds().verified(),
                config.thresholds().variant(), config.thresholds().misattributed()));
    }

    public LookupResult lookup(String text, int limit) {
        return lookupAll(List.of(text), limit).get(0);
    }

    /**
     * Looks up a draft's quotations, a share at a time, each share queued behind the lookups already running:
     * a draft never holds every permit, nor holds one long, so single lookups keep their turn.
     */
    public List<LookupResult> lookupAll(List<String> texts, int limit) {
        if (texts.size() <= 1) {
            return admission.run(() -> lookupNow(texts, limit));
        }
        List<LookupResult> results = new ArrayList<>(texts.size());
        for (int from = 0; from < texts.size(); from += DRAFT_SHARE) {
            List<String> share = texts.subList(from, Math.min(texts.size(), from + DRAFT_SHARE));
            results.addAll(admission.run(() -> lookupNow(share, limit), LookupAdmission.Lane.DRAFT));
        }
        return results;
    }

    /**
     * Runs a draft's whole check (finding its quotations, then {@link #lookupAll}) in one of the few draft slots,
     * so drafts queue behind each other instead of taking every processor from single lookups.
     */
    public <T> T draft(java.util.function.Supplier<T> work) {
        return admission.runDraft(work);
    }

    /** A draft's quotations looked up together in one turn: a few milliseconds' work. */
    static final int DRAFT_SHARE = 16;

    private List<LookupResult> lookupNow(List<String> texts, int limit) {
        List<List<Token>> submissions = texts.stream().map(TextNormaliser::tokenize).toList();
        List<List<Candidate>> candidates = finder.find(submissions.stream().map(Shingles::inTextOrder).toList(),
                config.candidates());
        List<List<WorksMatch>> inWorks = works.search(texts, submissions);
        LookupResult.Searched searched = searched();
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            judgements.add(judge(submissions.get(i), candidates.get(i), inWorks.get(i), limit));
        }
        judgements = withMemoirTranslations(submissions, judgements, limit);
        // Details only for the memoir matches shown: reading every candidate's cost more than aligning it.
        Set<Long> quotationIds = new HashSet<>();
        Set<Long> narrationIds = new HashSet<>();
        judgements.forEach(j -> j.shown().stream().filter(f -> f.candidate() != null).forEach(f ->
                (f.candidate().source() == Source.QUOTATION ? quotationIds : narrationIds).add(f.candidate().id())));
        Shown shown = new Shown(details.quotations(quotationIds), details.narration(narrationIds));
        List<LookupResult> results = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            Judgement j = judgements.get(i);
            List<LookupResult.LookupMatch> matches = withPlacesOfQuotations(
                    j.shown().stream().map(shown::view).toList(), submissions.get(i), shown.quotations, limit);
            String attributedTo = j.verdict() == VerdictPolicy.Verdict.MISATTRIBUTED && !matches.isEmpty()
                    ? matches.get(0).speaker() : null;
            results.add(new LookupResult(j.verdict(), Explanations.of(j.verdict(), matches, searched), attributedTo,
                    searched, matches));
        }
        return results;
    }

    /**
     * Where a shown Works passage of Lenin's is also quoted in a memoir, in the memoir's own translation, that
     * quotation joins the matches: word pairs rarely find another translation, but the memoir quotation was
     * located in the Works when it was imported.
     */
    private List<Judgement> withMemoirTranslations(List<List<Token>> submissions, List<Judgement> judgements, int limit) {
        List<PassageDetails.WorksPlace> places = judgements.stream().flatMap(j -> j.shown().stream())
                .filter(f -> f.works() != null && f.lenin())
                .map(f -> place(f.works()))
                .distinct()
                .toList();
        Map<PassageDetails.WorksPlace, List<Long>> located = details.quotationsLocatedAt(places, limit);
        if (located.isEmpty()) {
            return judgements;
        }
        Map<Long, StoredQuotation> quotations = details.quotations(located.values().stream().flatMap(List::stream)
                .collect(Collectors.toSet()));
        List<Judgement> out = new ArrayList<>();
        for (int i = 0; i < judgements.size(); i++) {
            Judgement j = judgements.get(i);
            List<Found> shown = new ArrayList<>(j.shown());
            Set<Long> present = shown.stream().filter(f -> f.candidate() != null).map(f -> f.candidate().id())
                    .collect(Collectors.toSet());
            for (Found f : j.shown()) {
                if (f.works() == null || !f.lenin()) {
                    continue;
                }
                for (long id : located.getOrDefault(place(f.works()), List.of())) {
                    StoredQuotation q = quotations.get(id);
                    if (q != null && present.add(id) && shown.size() < limit) {
                        Candidate c = new Candidate(i, Source.QUOTATION, id, 0, q.body(), q.lenin());
                        shown.add(new Found(matcher.match(submissions.get(i), storedWords.get(q.body())), q.lenin(), c, null));
                    }
                }
            }
            out.add(new Judgement(j.verdict(), shown));
        }
        return out;
    }

    /**
     * A Lenin quotation of a memoir shown without a Works match where it was located brings that place, right after
     * it: the memoir's translation may share too few words with the English one for the search to rank it, but
     * the quotation was located at import, first in the volume its citation names.
     */
    private List<LookupResult.LookupMatch> withPlacesOfQuotations(List<LookupResult.LookupMatch> matches,
                                                                  List<Token> submission,
                                                                  Map<Long, StoredQuotation> quotations, int limit) {
        List<LookupResult.LookupMatch> out = new ArrayList<>();
        for (LookupResult.LookupMatch m : matches) {
            out.add(m);
            if (m.source() != LookupResult.Source.MEMOIR || m.quotationId() == null || !m.lenin()) {
                continue;
            }
            PassageDetails.LocatedInWorks place = quotations.get(m.quotationId()).works();
            if (place != null && matches.stream().noneMatch(w -> shows(w, place))
                    && out.stream().noneMatch(w -> shows(w, place))) {
                out.add(placeOf(place, submission));
            }
        }
        return out.size() <= limit ? out : out.subList(0, limit);
    }

    /** Whether a match is a Works passage on the volume and pages of a located quotation. */
    private static boolean shows(LookupResult.LookupMatch m, PassageDetails.LocatedInWorks place) {
        if (m.works() == null || m.works().volume() != place.volume()) {
            return false;
        }
        List<PageRange> pages = m.works().pages();
        return pages.get(0).first() <= place.lastPage() && pages.get(pages.size() - 1).last() >= place.firstPage();
    }

    private LookupResult.LookupMatch placeOf(PassageDetails.LocatedInWorks place, List<Token> submission) {
        Match m = matcher.match(submission, storedWords.get(place.text()));
        QuotationView.Location location = m.storedEnd() > m.storedStart()
                ? new QuotationView.Location(m.storedStart(), m.storedEnd())
                : new QuotationView.Location(0, place.text().length());
        return new LookupResult.LookupMatch(LookupResult.Source.WORKS, LookupResult.Kind.LENIN, null, null,
                Speakers.LENIN, true, place.text(), null,
                new WorksLocation(place.volume(), List.of(new PageRange(place.firstPage(), place.lastPage())),
                        place.title(), WorksEdition.ENGLISH, null, WorksLocation.LocatedBy.MEMOIR_QUOTATION),
                location, null, null, Math.round(m.score() * 1000) / 1000.0, m.exact(),
                LookupResult.differences(m.differences()), List.of());
    }

    private static PassageDetails.WorksPlace place(WorksMatch w) {
        return new PassageDetails.WorksPlace(w.volume(), w.pages().get(0).first(),
                w.pages().get(w.pages().size() - 1).last());
    }

    private LookupResult.Searched searched() {
        Set<Integer> loaded = works.volumesLoaded();
        List<Integer> missing = IntStream.rangeClosed(1, WorksEdition.VOLUMES).filter(v -> !loaded.contains(v)).boxed().toList();
        return new LookupResult.Searched(true, loaded.size(), missing, !worksLoader.progress().finished());
    }

    /**
     * A stored passage judged against a submission: a memoir candidate or a Works match, whether its words
     * are Lenin's, and how well the submission aligns with it.
     */
    record Found(Match match, boolean lenin, Candidate candidate, WorksMatch works) {

        double score() {
            return match.score();
        }
    }

    /** The verdict on one submission and the passages to show, best first. */
    record Judgement(VerdictPolicy.Verdict verdict, List<Found> shown) {
    }

    private Judgement judge(List<Token> submission, List<Candidate> candidates, List<WorksMatch> inWorks, int limit) {
        List<Found> found = new ArrayList<>();
        List<StoredWords> words = candidates.stream().map(c -> storedWords.get(c.body())).toList();
        for (int i : screen.select(submission, words)) {
            Candidate candidate = candidates.get(i);
            found.add(new Found(matcher.match(submission, words.get(i)), candidate.lenin(), candidate, null));
        }
        for (WorksMatch w : inWorks) {
            found.add(new Found(w.match(), w.lenin(), null, w));
        }
        boolean submittedAsTitle = QuoteShape.isTitleCase(submission.stream().map(Token::surface).toList());
        if (!submittedAsTitle) {
            // "his pamphlet One Step Forward, Two Steps Back", a contents page, an editor's note: a title named in
            // someone's text is the name of a work, not that person's words, and says nothing of who wrote them
            found.removeIf(f -> !f.lenin() && namesTitle(f));
        }
        found.sort(Comparator.comparingDouble(Found::score).reversed().thenComparing(LookupService::order));
        Found bestLenin = found.stream().filter(Found::lenin).findFirst().orElse(null);
        Found bestOther = found.stream().filter(f -> !f.lenin()).findFirst().orElse(null);
        VerdictPolicy.Verdict verdict = policy.decide(bestLenin == null ? null : bestLenin.match(),
                bestOther == null ? null : bestOther.match());
        double translation = config.thresholds().translation();
        List<Found> translated = found.stream()
                .filter(f -> f.works() != null && f.lenin() && f.works().overlap().translates(translation)).toList();
        boolean otherVerbatim = bestOther != null && bestOther.score() >= config.thresholds().verified();
        if ((verdict == VerdictPolicy.Verdict.NOT_FOUND || verdict == VerdictPolicy.Verdict.MISATTRIBUTED)
                && !translated.isEmpty() && !otherVerbatim) {
            // another translation of a passage of Lenin's: the words differ, the passage is his
            verdict = VerdictPolicy.Verdict.VARIANT;
        }
        List<Found> shown = switch (verdict) {
            case VERIFIED, VARIANT -> found.stream().filter(f -> f.lenin()
                    && (f.score() >= config.thresholds().variant() || translated.contains(f))).toList();
            case MISATTRIBUTED -> found.stream()
                    .filter(f -> !f.lenin() && f.score() >= config.thresholds().misattributed()).toList();
            case NOT_FOUND -> List.of();
        };
        return new Judgement(verdict, shown.stream().limit(limit).toList());
    }

    /** Whether the words a non-Lenin match aligned with stand in its text as a title: every content word capitalised. */
    private static boolean namesTitle(Found f) {
        Match m = f.match();
        String text = f.works() != null ? f.works().text() : f.candidate().body();
        if (m.storedEnd() <= m.storedStart() || m.storedEnd() > text.length()) {
            return false;
        }
        List<String> words = Words.of(text.substring(m.storedStart(), m.storedEnd()));
        return words.size() >= 2 && QuoteShape.isTitleCase(words);
    }

    /** Equal scores: memoir quotations first (they carry citations and duplicates), then by id or place. */
    private static String order(Found f) {
        return f.candidate() != null ? String.format("0%020d", f.candidate().id())
                : String.format("1%05d%07d", f.works().volume(), f.works().start());
    }

    /** The stored passages behind a batch's shown matches, with the quotations clustered with them. */
    private final class Shown {
        private final Map<Long, StoredQuotation> quotations;
        private final Map<Long, StoredNarration> narration;
        private final Map<Long, List<StoredQuotation>> clusters;

        Shown(Map<Long, StoredQuotation> quotations, Map<Long, StoredNarration> narration) {
            this.quotations = quotations;
            this.narration = narration;
            this.clusters = quotations.values().stream().filter(q -> q.clusterId() != null)
                    .sorted(Comparator.comparingLong(StoredQuotation::id))
                    .collect(Collectors.groupingBy(StoredQuotation::clusterId));
        }

        LookupResult.LookupMatch view(Found f) {
            Match m = f.match();
            List<WordDifference> differences = LookupResult.differences(m.differences());
            double score = Math.round(m.score() * 1000) / 1000.0;
            if (f.works() != null) {
                WorksMatch w = f.works();
                LookupResult.Kind kind = switch (w.kind()) {
                    case LENIN -> LookupResult.Kind.LENIN;
                    case QUOTED -> LookupResult.Kind.QUOTED;
                    case EDITORIAL -> LookupResult.Kind.EDITORIAL;
                };
                return new LookupResult.LookupMatch(LookupResult.Source.WORKS, kind, null, null, speakerOf(w), w.lenin(),
                        w.text(), null, new WorksLocation(w.volume(), w.pages(), w.title(), WorksEdition.ENGLISH,
                        Math.round(w.overlap().share() * 1000) / 1000.0, WorksLocation.LocatedBy.SEARCH), new QuotationView.Location(w.start(), w.end()),
                        null, null, score, m.exact(), differences, List.of());
            }
            QuotationView.Location location = new QuotationView.Location(m.storedStart(), m.storedEnd());
            if (f.candidate().source() == Source.QUOTATION) {
                StoredQuotation q = quotations.get(f.candidate().id());
                return new LookupResult.LookupMatch(LookupResult.Source.MEMOIR, LookupResult.Kind.QUOTATION, q.id(), null,
                        q.speaker(), q.lenin(), q.body(), q.memoir(), null, location, q.citation(), q.check(), score,
                        m.exact(), differences, duplicatesOf(q));
            }
            StoredNarration n = narration.get(f.candidate().id());
            return new LookupResult.LookupMatch(LookupResult.Source.MEMOIR, LookupResult.Kind.NARRATION, null, n.id(),
                    n.author(), false, n.body(), n.memoir(), null, location, null, null, score, m.exact(), differences,
                    List.of());
        }

        private static String speakerOf(WorksMatch w) {
            return switch (w.kind()) {
                case LENIN -> Speakers.LENIN;
                case QUOTED -> w.source() == null ? Speakers.UNKNOWN : w.source();
                case EDITORIAL -> Speakers.EDITORS;
            };
        }

        private List<LookupResult.Duplicate> duplicatesOf(StoredQuotation self) {
            if (!self.lenin() || self.clusterId() == null) {
                return List.of();
            }
            return clusters.get(self.clusterId()).stream()
                    .filter(other -> other.id() != self.id())
                    .map(other -> duplicate(self, other))
                    .toList();
        }

        private LookupResult.Duplicate duplicate(StoredQuotation self, StoredQuotation other) {
            QuotationView.CitationView citation = other.citation();
            QuotationView.CitationView own = self.citation();
            boolean differs = citation != null && own != null
                    && !(Objects.equals(citation.volume(), own.volume()) && citation.pages().equals(own.pages()));
            return new LookupResult.Duplicate(other.id(), other.body(), other.memoir(), citation, differs,
                    wordings.of(other.body(), self.body()));
        }
    }
}
