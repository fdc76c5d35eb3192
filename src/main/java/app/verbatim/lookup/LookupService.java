package app.verbatim.lookup;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import app.verbatim.api.QuotationView;
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
import app.verbatim.text.TextNormaliser;
import app.verbatim.text.Token;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Looks submissions up: candidates from the database index, then alignment, scoring and the verdict
 * in plain Java. A batch of submissions costs one candidate query, then one query per table for
 * the details of the matches shown.
 */
@ApplicationScoped
public class LookupService {

    private final CandidateFinder finder;
    private final PassageDetails details;
    private final LookupConfig config;
    private final PassageMatcher matcher = new PassageMatcher();
    private final VerdictPolicy policy;
    private final CandidateScreen screen;
    private final StoredWordsCache storedWords;
    private final LookupAdmission admission;
    private final WordingDifferences wordings;

    LookupService(CandidateFinder finder, PassageDetails details, WordingDifferences wordings, LookupConfig config) {
        this.finder = finder;
        this.details = details;
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

    /** Looks up a batch of submissions (a draft's quotations) together, queued behind lookups already running. */
    public List<LookupResult> lookupAll(List<String> texts, int limit) {
        return admission.run(() -> lookupNow(texts, limit));
    }

    private List<LookupResult> lookupNow(List<String> texts, int limit) {
        List<List<Token>> submissions = texts.stream().map(TextNormaliser::tokenize).toList();
        List<List<Candidate>> candidates = finder.find(submissions.stream().map(Shingles::inTextOrder).toList(),
                config.candidates());
        List<Judgement> judgements = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            judgements.add(judge(submissions.get(i), candidates.get(i), limit));
        }
        // Details only for the matches shown: reading every candidate's cost more than aligning it.
        Set<Long> quotationIds = new HashSet<>();
        Set<Long> narrationIds = new HashSet<>();
        judgements.forEach(j -> j.shown().forEach(s ->
                (s.candidate().source() == Source.QUOTATION ? quotationIds : narrationIds).add(s.candidate().id())));
        Shown shown = new Shown(details.quotations(quotationIds), details.narration(narrationIds));
        List<LookupResult> results = new ArrayList<>();
        for (Judgement j : judgements) {
            List<LookupResult.LookupMatch> matches = j.shown().stream().map(shown::view).toList();
            String attributedTo = j.verdict() == VerdictPolicy.Verdict.MISATTRIBUTED && !matches.isEmpty()
                    ? matches.get(0).speaker() : null;
            results.add(new LookupResult(j.verdict(), Explanations.of(j.verdict(), matches), attributedTo, matches));
        }
        return results;
    }

    /** The verdict on one submission and the scored candidates to show, best first. */
    record Judgement(VerdictPolicy.Verdict verdict, List<Scored> shown) {
    }

    private Judgement judge(List<Token> submission, List<Candidate> candidates, int limit) {
        List<Scored> scored = new ArrayList<>();
        List<StoredWords> words = candidates.stream().map(c -> storedWords.get(c.body())).toList();
        for (int i : screen.select(submission, words)) {
            Candidate candidate = candidates.get(i);
            scored.add(new Scored(candidate, matcher.match(submission, words.get(i)), candidate.lenin()));
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

    record Scored(Candidate candidate, Match match, boolean lenin) {
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

        LookupResult.LookupMatch view(Scored s) {
            Match m = s.match();
            QuotationView.Location location = new QuotationView.Location(m.storedStart(), m.storedEnd());
            List<LookupResult.WordDifference> differences = LookupResult.WordDifference.of(m.differences());
            double score = Math.round(m.score() * 1000) / 1000.0;
            if (s.candidate().source() == Source.QUOTATION) {
                StoredQuotation q = quotations.get(s.candidate().id());
                return new LookupResult.LookupMatch(q.id(), null, Source.QUOTATION, q.speaker(), q.lenin(), q.body(),
                        q.memoir(), location, q.citation(), score, m.exact(), differences, duplicatesOf(q));
            }
            StoredNarration n = narration.get(s.candidate().id());
            return new LookupResult.LookupMatch(null, n.id(), Source.NARRATION, n.author(), false, n.body(),
                    n.memoir(), location, null, score, m.exact(), differences, List.of());
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
