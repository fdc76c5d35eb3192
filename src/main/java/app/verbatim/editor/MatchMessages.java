package app.verbatim.editor;

import app.verbatim.text.Speakers;

/** The words of a match: a readable sentence naming the source and the citation. */
final class MatchMessages {

    private MatchMessages() {
    }

    static String description(String rule) {
        return switch (rule) {
            case LanguageToolMatches.MISQUOTED -> "Quotation differs from the recorded wording";
            case LanguageToolMatches.MISATTRIBUTED -> "Quotation attributed to the wrong speaker";
            case LanguageToolMatches.NOT_FOUND -> "Quotation not found in the memoirs";
            default -> "Quotation without a citation";
        };
    }

    static String shortMessage(String rule) {
        return switch (rule) {
            case LanguageToolMatches.MISQUOTED -> "Misquoted";
            case LanguageToolMatches.MISATTRIBUTED -> "Misattributed";
            case LanguageToolMatches.NOT_FOUND -> "Quotation not found";
            default -> "Citation missing";
        };
    }

    static String message(String rule, DraftQuotation q, QuoteFinding finding) {
        String where = where(finding);
        return switch (rule) {
            case LanguageToolMatches.MISQUOTED ->
                    "These words differ from " + possessive(speaker(finding)) + " words as recorded" + where + ".";
            case LanguageToolMatches.MISATTRIBUTED ->
                    "The draft gives these words to " + (q.attributedTo() == null ? Speakers.LENIN : q.attributedTo())
                            + ", but they were said by " + speaker(finding) + where + ".";
            case LanguageToolMatches.NOT_FOUND ->
                    "These words were not found among Lenin's words recorded in the memoirs Verbatim holds.";
            default -> "The quotation is accurate; cite it" + (where.isEmpty() ? "." : ":" + where + ".");
        };
    }

    /** " in N. K. Krupskaya, Reminiscences of Lenin, "…" (Works, Vol. 26, p. 255)", or "" when nothing is known. */
    private static String where(QuoteFinding finding) {
        String source = nonBlank(finding.sourceDisplay());
        String citation = nonBlank(finding.citationDisplay());
        if (source != null && citation != null) {
            return " in " + source + " (" + citation + ")";
        }
        if (source != null || citation != null) {
            return " in " + (source != null ? source : citation);
        }
        return "";
    }

    private static String nonBlank(String s) {
        return s == null || s.isBlank() ? null : s;
    }

    /** "Lenin, Works, Vol. 26, p. 255", or "Lenin, quoted in <memoir>" when the memoir gives no citation. */
    static String reference(QuoteFinding finding) {
        String who = speaker(finding);
        if (nonBlank(finding.citationDisplay()) != null) {
            return who + ", " + finding.citationDisplay();
        }
        if (nonBlank(finding.sourceDisplay()) != null) {
            return who + ", quoted in " + finding.sourceDisplay();
        }
        return null;
    }

    private static String speaker(QuoteFinding finding) {
        return nonBlank(finding.speaker()) == null ? Speakers.LENIN : finding.speaker();
    }

    private static String possessive(String name) {
        return name.endsWith("s") ? name + "'" : name + "'s";
    }
}
