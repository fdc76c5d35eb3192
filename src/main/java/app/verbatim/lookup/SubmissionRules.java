package app.verbatim.lookup;

import app.verbatim.api.ProblemException;
import app.verbatim.text.TextNormaliser;

/** What a submission must be before it is worth looking up; each refusal names the field and why. */
public final class SubmissionRules {

    private final int maxChars;
    private final int minWords;

    public SubmissionRules(int maxChars, int minWords) {
        this.maxChars = maxChars;
        this.minWords = minWords;
    }

    public String requireText(String text, String field) {
        if (text == null || text.isBlank()) {
            throw ProblemException.badRequest(field, field + " must not be empty or blank");
        }
        if (text.length() > maxChars) {
            throw ProblemException.tooLarge(field, field + " has " + text.length() + " characters; at most "
                    + maxChars + " are accepted");
        }
        long words = TextNormaliser.tokenize(text).stream().filter(t -> !t.isEllipsis()).count();
        if (words < minWords) {
            throw ProblemException.badRequest(field, field + " has " + words + (words == 1 ? " word" : " words")
                    + "; at least " + minWords + " are needed, because shorter phrases occur everywhere and identify nothing");
        }
        return text;
    }
}
