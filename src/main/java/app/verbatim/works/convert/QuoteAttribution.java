package app.verbatim.works.convert;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who a quotation belongs to, when the sentence right before it says so: "Marx wrote:", "Kautsky says
 * (p. 41):", "writes Vandervelde:", "the resolution reads:". Only the clause leading into the quotation
 * is read; a name mentioned earlier in the paragraph proves nothing.
 */
final class QuoteAttribution {

    private static final String VERBS = "writes|wrote|says|said|declares|declared|states|stated|reads|read|runs|ran|continues|continued"
            + "|remarks|remarked|argues|argued|observes|observed|asserts|asserted|exclaims|exclaimed|adds|added|explains|explained"
            + "|proclaims|proclaimed|points out|pointed out|insists|insisted|admits|admitted|concludes|concluded|answers|answered"
            + "|replies|replied|notes|noted|announces|announced|puts it|put it|tells us|told us|teaches|taught|maintains|maintained"
            + "|assures us|assured us|complains|complained|affirms|affirmed|objects|objected|goes on|went on|wrote in|says in|reasons|reasoned";
    private static final String NAME = "((?:(?:[A-Z]\\.\\s?)+\\s?)?(?:(?:Mr\\.|Mrs\\.|Herr|Monsieur|M\\.|Comrade|Citizen|Professor|Prof\\.)\\s)?"
            + "[A-Z][\\p{L}’'-]+(?:\\s(?:von|de|van|der|le|la)\\s[A-Z][\\p{L}’'-]+)?(?:\\s[A-Z][\\p{L}’'-]+){0,2}(?:’s\\s[A-Z][\\p{L}’'-]+)?)";
    private static final String NOUN = "((?:[Tt]he|[Tt]his|[Tt]hat|[Oo]ur|[Tt]heir|[Hh]is|[Ii]ts)\\s(?:[\\p{L}-]+\\s){0,2}[\\p{L}-]+)";
    private static final String TAIL = "(?:\\s?\\([^()]{0,40}\\))?(?:\\s(?:\\d{4}|[\\p{L}’,]+)){0,6}[:,]?\\s*$";
    /** "Kautsky writes", "I. I. Molleson, an investigator of workshop sanitary conditions, says". */
    private static final Pattern NAME_VERB = Pattern.compile("(?:^|[\\s(“])" + NAME + "(?:,[^,:;“”]{1,80},)?,?(?:\\s(?:also|then|now|once|again|rightly|quite|plainly|frankly|even|himself|too|further)){0,2}\\s(?:" + VERBS + ")\\b" + TAIL);
    private static final Pattern VERB_NAME = Pattern.compile("\\b(?:" + VERBS + ")\\s" + NAME + "(?:\\s?\\([^()]{0,40}\\))?[:,]?\\s*$");
    private static final Pattern NOUN_VERB = Pattern.compile("\\b" + NOUN + "\\s(?:" + VERBS + ")\\b" + TAIL);
    private static final String SELF_VERBS = "said|say|wrote|write|declared|declare|stated|state|replied|reply|answered|answer|argued|argue"
            + "|pointed out|put it|added|remarked|insisted|repeat|repeated|predicted|warned|explained|explain|asked|ask|suggested|proposed"
            + "|emphasised|stressed|formulated|shall say|must say|would say|will say";
    /** "as we wrote in 1905", "I said then", "we have already pointed out", "We reply". */
    private static final Pattern SELF = Pattern.compile("(?:^|[\\s(“—])(?:I|[Ww]e)(?:\\s(?:have|had|then|once|already|also|again|recently|often|simply|ourselves|myself|said and|wrote and)){0,3}"
            + "\\s(?:" + SELF_VERBS + ")\\b" + TAIL);
    private static final Pattern PRONOUN_SAYS = Pattern.compile("(?i)(?:he|she|they|it|the author|the writer)(?:\\s(?:also|then|now|again|rightly|even|further)){0,2}\\s(?:" + VERBS + ")");
    /** A stop that ends a sentence: not an initial ("I. I. Molleson") nor a usual abbreviation ("Mr.", "p.", "No."). */
    private static final Pattern SENTENCE_END = Pattern.compile(
            "(?<!(?:^|[\\s.(])\\p{Lu})(?<!\\b(?:Mr|Mrs|Messrs|Dr|St|No|Nos|Vol|Vols|pp|p|cf|Prof|Comp))[.!?;][”’)]?\\s+(?=[A-Z“(])");
    private static final Set<String> NOT_NAMES = Set.of("He", "She", "It", "They", "We", "I", "You", "This", "That", "There", "Here",
            "Who", "Which", "What", "Then", "Thus", "But", "And", "Now", "So", "The", "As", "In", "On", "One", "Everyone");

    private QuoteAttribution() {
    }

    /**
     * @param lead the text right before the quotation
     * @return empty if the lead does not attribute what follows; else the source, blank where the lead says
     *         someone is quoted but the name is a pronoun
     */
    static Optional<String> of(String lead) {
        String clause = lastClause(lead);
        if (clause.isEmpty()) {
            return Optional.empty();
        }
        Matcher m = NAME_VERB.matcher(clause);
        if (m.find()) {
            String who = m.group(1).strip();
            // "I asked:", "We said:" — Lenin quoting himself is still Lenin.
            return Set.of("I", "We").contains(who) ? Optional.empty() : Optional.of(name(who));
        }
        m = VERB_NAME.matcher(clause);
        if (m.find()) {
            return Optional.of(name(m.group(1)));
        }
        m = NOUN_VERB.matcher(clause);
        if (m.find()) {
            return Optional.of(m.group(1).replaceFirst("^(?i:the|this|that|our|their|his|its)\\s", ""));
        }
        return Optional.empty();
    }

    /**
     * Whether the lead says Lenin himself is speaking: "as we wrote in 1905:", "I said:", "we reply:", or a
     * report naming him ("Lenin said:"). "We read:" introduces someone else's text and does not count.
     */
    static boolean bySelf(String lead) {
        String clause = lastClause(lead);
        if (clause.isEmpty()) {
            return false;
        }
        if (SELF.matcher(clause).find()) {
            return true;
        }
        return of(lead).map(QuoteAttribution::isLenin).orElse(false);
    }

    /** "Lenin", "Comrade Lenin", "N. Lenin", "Vladimir Ilyich": a report of his own speech. */
    static boolean isLenin(String source) {
        return source != null && source.matches("(?:.*\\s)?(?:Lenin|Ilyich|Ulyanov)");
    }

    /** "he writes", "she says", "they declare": a pronoun and a verb of saying, the whole of a clause between two parts of a quotation. */
    static boolean pronounSays(String clause) {
        return PRONOUN_SAYS.matcher(clause.strip()).matches();
    }

    private static String name(String raw) {
        String n = raw.strip().replaceFirst("’s\\s.*$", "");
        // A sentence's first word is capitalised too: "Here Marx writes" names Marx.
        while (true) {
            int space = n.indexOf(' ');
            if (space < 0 || !NOT_NAMES.contains(n.substring(0, space))) {
                break;
            }
            n = n.substring(space + 1);
        }
        return NOT_NAMES.contains(n) ? "" : n;
    }

    private static String lastClause(String lead) {
        String text = lead.strip();
        if (text.length() > 400) {
            text = text.substring(text.length() - 400);
        }
        Matcher m = SENTENCE_END.matcher(text);
        int start = 0;
        while (m.find()) {
            start = m.end();
        }
        return text.substring(start);
    }
}
