package app.verbatim.editor;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import app.verbatim.api.ProblemException;
import app.verbatim.text.Speakers;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** A LanguageTool check request answered: the draft's quotations that are not verified, as matches. */
@ApplicationScoped
public class LanguageToolCheck {

    private final DraftChecker checker;
    private final EditorConfig config;
    private final LanguageToolMatches matches = new LanguageToolMatches();
    private final DraftCitation citations = new DraftCitation();
    private final String version;

    LanguageToolCheck(DraftChecker checker, EditorConfig config,
                      @ConfigProperty(name = "quarkus.application.version", defaultValue = "dev") String version) {
        this.checker = checker;
        this.config = config;
        this.version = version;
    }

    /**
     * @param params  the request's parameters: {@code text} or {@code data}, {@code language}
     * @param pageUrl the web page the matches link to
     */
    public CheckResponse check(Map<String, String> params, String pageUrl) {
        String text = params.get("text");
        String data = params.get("data");
        if ((text == null) == (data == null)) {
            throw ProblemException.badRequest(text == null ? "text" : "data", "Send either 'text' or 'data', not both or neither");
        }
        Languages.Entry language;
        try {
            language = Languages.resolve(Objects.requireNonNullElse(params.get("language"), "auto"));
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("language", e.getMessage());
        }
        AnnotatedText annotated;
        try {
            annotated = text != null ? AnnotatedText.ofPlain(text) : AnnotatedText.parse(data);
        } catch (IllegalArgumentException e) {
            throw ProblemException.badRequest("data", e.getMessage());
        }
        if (annotated.originalText().length() > config.maxDraftChars()) {
            throw ProblemException.tooLarge(text != null ? "text" : "data", "The document has "
                    + annotated.originalText().length() + " characters; at most " + config.maxDraftChars() + " are accepted");
        }
        List<CheckMatch> found = new ArrayList<>();
        DraftChecker.Checks checks = checker.check(annotated.plainText());
        for (DraftChecker.Checked checked : checks.quotations()) {
            if (checked.lookup() == null || attributedToSomeoneElse(checked.quotation())) {
                continue;
            }
            CheckMatch match = matches.toMatch(annotated.originalText(), annotated, checked.quotation(),
                    DraftChecker.finding(checked.lookup()), pageUrl);
            if (match != null) {
                found.add(match);
            }
            citations.check(annotated.plainText(), checked.quotation().end(), checked.lookup())
                    .map(c -> matches.citationMatch(annotated.originalText(), annotated, c, pageUrl))
                    .ifPresent(found::add);
        }
        return CheckResponse.of(version, "", language, found, checks.incomplete());
    }

    /** The writer says whose words these are and it is not Lenin: nothing of ours to flag. */
    private static boolean attributedToSomeoneElse(DraftQuotation q) {
        return q.attributedTo() != null && !Speakers.isLenin(q.attributedTo());
    }
}
