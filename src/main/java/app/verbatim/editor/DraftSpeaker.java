package app.verbatim.editor;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.LeninNames;
import app.verbatim.text.NotNames;
import app.verbatim.text.Sentences;
import app.verbatim.text.Speakers;
import app.verbatim.text.SpeechVerbs;

/**
 * Decides whom a draft credits with a quotation. A speaker named right at the quotation ("Trotsky said: …",
 * "…," said Trotsky, "— Lenin") wins, since that is what a reader takes the draft to claim; failing that, Lenin
 * mentioned in the same or the previous sentence; failing that, nobody. Every window is bounded.
 */
final class DraftSpeaker {

    private static final int WINDOW = 200;

    /** "Lenin once told the delegates of the congress: " is about as long as a speech introduction gets. */
    private static final int INTRODUCTION = 100;

    private static final String VERBS = SpeechVerbs.anyRegex();

    /** A capitalised name of up to three words, initials allowed: "Trotsky", "V. I. Lenin", "N. K. Krupskaya". */
    private static final String NAME = "(?<![\\p{L}])(?:[A-Z]\\.[ \\u00A0]*){0,3}[A-Z][\\p{L}-]+(?:[ \\u00A0]+[A-Z][\\p{L}-]+){0,2}";

    /** Anchored at the quotation: "Trotsky said:", "Lenin once told the congress:", "wrote Trotsky,". */
    private static final Pattern SPEAKER_BEFORE = Pattern.compile(
            "(?:(?<name>" + NAME + ")(?<possessive>['’]s\\s+[a-z]+)?\\s+(?:[a-z]+\\s+){0,2}?(?:" + VERBS + ")(?:\\s+[a-z][\\p{L},]*){0,4}?"
                    + "|(?<![\\p{L}])(?:" + VERBS + ")\\s+(?<inverted>" + NAME + "))\\s*[:,—–-]?\\s*$");

    /** What may stand between the quoted words and an attribution after them: marks, stops, block markers. */
    private static final String LEAD = "[\\s\"”’»'.,;:!?>]*";

    private static final Pattern DASH_AFTER = Pattern.compile(
            LEAD + "(?:—|–|―|-{2,3}|\\\\textemdash|\\\\hfill)\\s*(?:---?\\s*)?(?<name>" + NAME + ")");
    private static final Pattern CITATION_AFTER = Pattern.compile(
            LEAD + "\\(\\s*(?:(?:Collected\\s+)?Works\\b|CW\\b|Vol\\.|(?<name>" + NAME + ")\\s*[,)])");
    private static final Pattern VERB_NAME_AFTER = Pattern.compile(LEAD + "(?:" + VERBS + ")\\s+(?<name>" + NAME + ")");
    private static final Pattern NAME_VERB_AFTER = Pattern.compile(
            LEAD + "(?<name>" + NAME + ")\\s+(?:[a-z]+\\s+)?(?:" + VERBS + ")(?![\\p{L}])");

    /** A speaker the draft describes but does not name. */
    private static final String SOMEBODY = "";

    private DraftSpeaker() {
    }

    /**
     * Whom the draft credits with the quotation; {@code tagged} when a speaker is named right at it (or a verb
     * of speech introduces it), which is what makes a few words in quotation marks somebody's words.
     */
    record Credit(String speaker, boolean tagged) {
    }

    static Credit of(String draft, Candidate quotation) {
        if (quotation.form() == Form.REPORTED) {
            // the scanner only recognises indirect speech introduced by Lenin's names
            return new Credit(Speakers.LENIN, true);
        }
        int sentenceStart = Sentences.BLANK_LINE_PARAGRAPHS.startOf(draft, quotation.outerStart());
        String before = draft.substring(Math.max(sentenceStart, quotation.outerStart() - INTRODUCTION),
                quotation.outerStart());
        String named = speakerBefore(before);
        if (named == null) {
            String after = draft.substring(quotation.end(), Math.min(draft.length(), quotation.end() + WINDOW));
            named = speakerAfter(after);
        }
        if (named != null) {
            return new Credit(named.equals(SOMEBODY) ? null : normalise(named), true);
        }
        return new Credit(leninNearby(draft, quotation, sentenceStart) ? Speakers.LENIN : null, false);
    }

    private static String speakerBefore(String before) {
        Matcher m = SPEAKER_BEFORE.matcher(before);
        int from = 0;
        while (from < before.length() && m.find(from)) {
            String name = m.group("name") != null ? m.group("name") : m.group("inverted");
            if (isName(name)) {
                // "Lenin's critics said:" names the critics, not Lenin: somebody, but nobody by name
                return m.group("possessive") != null ? SOMEBODY : name;
            }
            from = m.start() + 1;
        }
        return null;
    }

    private static String speakerAfter(String after) {
        Matcher cite = CITATION_AFTER.matcher(after);
        if (cite.lookingAt()) {
            String name = cite.group("name");
            // a bare "(Works, Vol. 26 …)" cites Lenin's Collected Works
            return name == null ? Speakers.LENIN : isName(name) ? name : null;
        }
        for (Pattern p : new Pattern[] {DASH_AFTER, VERB_NAME_AFTER, NAME_VERB_AFTER}) {
            Matcher m = p.matcher(after);
            if (m.lookingAt() && isName(m.group("name"))) {
                return m.group("name");
            }
        }
        return null;
    }

    private static boolean isName(String name) {
        if (name == null) {
            return false;
        }
        String first = name.split("[ \\u00A0]+")[0];
        return !NotNames.contains(first);
    }

    private static String normalise(String name) {
        if (LeninNames.mentionedIn(name)) {
            return Speakers.LENIN;
        }
        return name.replaceAll("['’]s$", "").strip();
    }

    /** Lenin named in the sentence around the quotation or in the sentence before it. */
    private static boolean leninNearby(String draft, Candidate quotation, int sentenceStart) {
        int previous = Sentences.BLANK_LINE_PARAGRAPHS.previousStart(draft, sentenceStart);
        int from = Math.max(previous < 0 ? sentenceStart : previous, quotation.outerStart() - 3 * WINDOW);
        if (LeninNames.mentionedIn(draft.substring(Math.max(0, from), quotation.outerStart()))) {
            return true;
        }
        int to = Math.min(Sentences.BLANK_LINE_PARAGRAPHS.endOf(draft, quotation.outerEnd()), quotation.outerEnd() + WINDOW);
        return LeninNames.mentionedIn(draft.substring(quotation.outerEnd(), Math.max(quotation.outerEnd(), to)));
    }
}
