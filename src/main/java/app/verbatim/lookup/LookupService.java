package app.verbatim.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import app.verbatim.corpus.Narration;
import app.verbatim.corpus.Quotation;
import app.verbatim.corpus.QuotationView;
import app.verbatim.corpus.QuotationViews;
import app.verbatim.lookup.CandidateFinder.Candidate;
import app.verbatim.lookup.CandidateFinder.Source;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/**
 * Looks submissions up: candidates from the database index, then alignment, scoring and the verdict
 * in plain Java. A batch of submissions costs one candidate query and one load per table.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.SUPPORTS)
public class LookupService {

    private final CandidateFinder finder;
    private final LookupConfig config;
    private final PassageMatcher matcher = new PassageMatcher();
    private final VerdictPolicy policy;
    private final CandidateScreen screen;

    LookupService(CandidateFinder finder, LookupConfig config) {
        this.finder = finder;
        this.config = config;
        this.screen = new CandidateScreen(config.aligned());
        this.policy = new VerdictPolicy(new VerdictPolicy.Thresholds(config.thresholds().verified(),
                config.thresholds().variant(), config.thresholds().misattributed()));
    }

    public LookupResult lookup(String text, int limit) {
        return lookupAll(List.of(text), limit).get(0);
    }

    public List<LookupResult> lookupAll(List<String> texts, int limit) {
        List<int[]> shingles = texts.stream().map(t -> Shingles.of(TextNormaliser.tokenize(t))).toList();
        List<List<Candidate>> candidates = finder.find(shingles, config.candidates());
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            judgements.add(judge(texts.get(i), candidates.get(i), limit));
        }
        // Entities only for the matches shown: hydrating every candidate cost more than aligning it.
        Passages passages = Passages.load(judgements.stream().flatMap(j -> j.shown().stream()).toList());
        List<LookupResult> results = new ArrayList<>();
        for (Judgement j : judgements) {
            List<LookupResult.LookupMatch> matches = j.shown().stream().map(passages::view).toList();
            String attributedTo = j.verdict() == VerdictPolicy.Verdict.MISATTRIBUTED && !matches.isEmpty()
                    ? matches.get(0).speaker() : null;
            results.add(new LookupResult(j.verdict(), Explanations.of(j.verdict(), matches), attributedTo, matches));
        }
        return attachDuplicates(results);
    }

    /** The verdict on one submission and the scored candidates to show, best first. */
    record Judgement(VerdictPolicy.Verdict verdict, List<Scored> shown) {
    }

    private Judgement judge(String text, List<Candidate> candidates, int limit) {
        List<Scored> scored = new ArrayList<>();
        for (int i : screen.select(text, candidates.stream().map(Candidate::body).toList())) {
            Candidate candidate = candidates.get(i);
            scored.add(new Scored(candidate, matcher.match(text, candidate.body()), candidate.lenin()));
        }
        scored.sort(Comparator.comparingDouble((Scored s) -> s.match().score()).reversed()
                .thenComparing(s -> s.candidate().id()));
        Match bestLenin = scored.stream().filter(Scored::lenin).map(Scored::match).findFirst().orElse(null);
        Scored bestOther = scored.stream().filter(s -> !s.lenin()).findFirst().orElse(null);
        VerdictPolicy.Verdict verdict = policy.decide(bestLenin, bestOther == null ? null : bestOther.match());
        List<Scored> shown = switch (verdict) {
            case VERIFIED, VARIANT -> scored.stream()
                    .filter(s -> s.lenin() && s.match().score() >= config.thresholds().variant()).toList();
            case MISATTRIBUTED -> scored.stream()
                    .filter(s -> !s.lenin() && s.match().score() >= config.thresholds().misattributed()).toList();
            case NOT_FOUND -> List.of();
        };
        return new Judgement(verdict, shown.stream().limit(limit).toList());
    }

    /** One query for the clusters of every match in the batch. */
    private List<LookupResult> attachDuplicates(List<LookupResult> results) {
        Set<Long> matchedIds = new HashSet<>();
        results.forEach(r -> r.matches().forEach(m -> {
            if (m.quotationId() != null && m.lenin()) {
                matchedIds.add(m.quotationId());
            }
        }));
        if (matchedIds.isEmpty()) {
            return results;
        }
        List<Quotation> clustered = Quotation.<Quotation>find("""
                        from Quotation q join fetch q.memoir join fetch q.chapter left join fetch q.citation
                        where q.clusterId in (select m.clusterId from Quotation m where m.id in ?1)
                        order by q.id""", matchedIds).list();
        Map<Long, List<Quotation>> byCluster = clustered.stream().collect(Collectors.groupingBy(q -> q.clusterId));
        Map<Long, Quotation> byId = clustered.stream().collect(Collectors.toMap(q -> q.id, Function.identity()));
        return results.stream().map(r -> new LookupResult(r.verdict(), r.explanation(), r.attributedTo(),
                r.matches().stream().map(m -> {
                    Quotation self = m.quotationId() == null ? null : byId.get(m.quotationId());
                    if (self == null) {
                        return m;
                    }
                    List<LookupResult.Duplicate> duplicates = byCluster.get(self.clusterId).stream()
                            .filter(other -> !other.id.equals(self.id))
                            .map(other -> duplicate(self, other))
                            .toList();
                    return new LookupResult.LookupMatch(m.quotationId(), m.narrationId(), m.source(), m.speaker(),
                            m.lenin(), m.text(), m.memoir(), m.location(), m.citation(), m.score(), m.exact(),
                            m.differences(), duplicates);
                }).toList())).toList();
    }

    private LookupResult.Duplicate duplicate(Quotation self, Quotation other) {
        Match alignment = matcher.match(other.body, self.body);
        QuotationView.CitationView citation = other.citation == null ? null : QuotationViews.citation(other.citation);
        QuotationView.CitationView own = self.citation == null ? null : QuotationViews.citation(self.citation);
        boolean differs = citation != null && own != null
                && !(java.util.Objects.equals(citation.volume(), own.volume()) && citation.pages().equals(own.pages()));
        return new LookupResult.Duplicate(other.id, other.body, QuotationViews.memoirRef(other.memoir, other.chapter),
                citation, differs, LookupResult.WordDifference.of(alignment.differences()));
    }

    record Scored(Candidate candidate, Match match, boolean lenin) {
    }

    /** The stored passages behind a batch's candidates, loaded with two queries. */
    record Passages(Map<Long, Quotation> quotations, Map<Long, Narration> narration) {

        static Passages load(List<Scored> shown) {
            Set<Long> quotationIds = new HashSet<>();
            Set<Long> narrationIds = new HashSet<>();
            shown.forEach(s -> (s.candidate().source() == Source.QUOTATION ? quotationIds : narrationIds).add(s.candidate().id()));
            Map<Long, Quotation> quotations = quotationIds.isEmpty() ? Map.of() : Quotation.<Quotation>find(
                            "from Quotation q join fetch q.memoir join fetch q.chapter left join fetch q.citation where q.id in ?1",
                            quotationIds).list().stream()
                    .collect(Collectors.toMap(q -> q.id, Function.identity()));
            Map<Long, Narration> narration = narrationIds.isEmpty() ? Map.of() : Narration.<Narration>find(
                            "from Narration n join fetch n.memoir join fetch n.chapter where n.id in ?1", narrationIds).list().stream()
                    .collect(Collectors.toMap(n -> n.id, Function.identity()));
            return new Passages(quotations, narration);
        }

        LookupResult.LookupMatch view(Scored s) {
            Match m = s.match();
            QuotationView.Location location = new QuotationView.Location(m.storedStart(), m.storedEnd());
            List<LookupResult.WordDifference> differences = LookupResult.WordDifference.of(m.differences());
            double score = Math.round(m.score() * 1000) / 1000.0;
            if (s.candidate().source() == Source.QUOTATION) {
                Quotation q = quotations.get(s.candidate().id());
                return new LookupResult.LookupMatch(q.id, null, Source.QUOTATION, q.speaker, q.lenin, q.body,
                        QuotationViews.memoirRef(q.memoir, q.chapter), location,
                        q.citation == null ? null : QuotationViews.citation(q.citation), score, m.exact(), differences, List.of());
            }
            Narration n = narration.get(s.candidate().id());
            return new LookupResult.LookupMatch(null, n.id, Source.NARRATION, n.memoir.author, false, n.body,
                    QuotationViews.memoirRef(n.memoir, n.chapter), location, null, score, m.exact(), differences, List.of());
        }
    }
}
