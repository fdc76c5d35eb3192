package app.verbatim.editor;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import app.verbatim.text.WorksEdition;
import app.verbatim.citation.CitationCheckRules;
import app.verbatim.lookup.LookupResult;
import app.verbatim.text.Reference;
import app.verbatim.text.ReferenceParser;

/**
 * Checks the citation a draft gives for a quotation ("(Works, Vol. 26, p. 255)") against where the Works hold the
 * passage, by the same rules as a memoir's citations: the draft's volume and pages are a claim like a memoir's.
 */
final class DraftCitation {

    /** The draft's citation, where it stands in the draft, and the check of it. */
    record Checked(Reference reference, int start, int end, CitationCheckRules.Check check) {
    }

    private final ReferenceParser parser = new ReferenceParser();

    /** The check of the citation right after the quotation ending at {@code quotationEnd}, if it has one and the Works hold the words. */
    Optional<Checked> check(String draft, int quotationEnd, LookupResult result) {
        if (!NearbyCitation.follows(draft, quotationEnd)) {
            return Optional.empty();
        }
        int to = Math.min(draft.length(), quotationEnd + NearbyCitation.WINDOW);
        List<Reference> references = parser.parse(draft.substring(quotationEnd, to));
        if (references.isEmpty() || references.get(0).volume() == null) {
            return Optional.empty();
        }
        CitationCheckRules.Place place = placeInWorks(result);
        if (place == null) {
            return Optional.empty();
        }
        Reference r = references.get(0);
        CitationCheckRules.Claim claim = new CitationCheckRules.Claim(0, "Works", r.volume(), r.pages(), null);
        CitationCheckRules.Located located = new CitationCheckRules.Located(claim,
                place.volume() == r.volume() ? place : null, place);
        Set<Integer> available = IntStream.rangeClosed(1, WorksEdition.VOLUMES).boxed()
                .filter(v -> !result.searched().missingVolumes().contains(v)).collect(Collectors.toSet());
        CitationCheckRules.Check check = CitationCheckRules.check(List.of(located), available).get(0);
        return Optional.of(new Checked(r, quotationEnd + r.start(), quotationEnd + r.end(), check));
    }

    /** Where the Works hold the passage: a Works match of Lenin's, or where a matched memoir quotation was found. */
    static CitationCheckRules.Place placeInWorks(LookupResult result) {
        for (LookupResult.LookupMatch m : result.matches()) {
            if (m.source() == LookupResult.Source.WORKS && m.lenin()) {
                var w = m.works();
                return CitationCheckRules.Place.spanning(w.volume(), w.pages(), w.title());
            }
        }
        for (LookupResult.LookupMatch m : result.matches()) {
            if (m.citationCheck() != null && m.citationCheck().found() != null) {
                var f = m.citationCheck().found();
                return CitationCheckRules.Place.spanning(f.volume(), f.pages(), f.title());
            }
        }
        return null;
    }
}
