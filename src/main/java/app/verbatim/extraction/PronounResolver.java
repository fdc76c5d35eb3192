package app.verbatim.extraction;

import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import app.verbatim.text.Sentences;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;

/** Turns a mention (name, "he", "the General", "my wife") into a canonical speaker. */
final class PronounResolver {

    // Relatives are named by role in memoirs; the seeds need Trotsky's wife (Natalia Sedova).
    private static final Map<String, Map<String, String>> FAMILY = Map.of(
            "Trotsky", Map.of("wife", "Sedova"),
            "Krupskaya", Map.of("husband", Speakers.LENIN));

    /** Sentences with people in them looked back over; a letter quoted between costs none, only its length. */
    private static final int MAX_SENTENCES_BACK = 12;
    private static final int MAX_CHARS_BACK = 2500;

    private static final java.util.regex.Pattern APPOSED = java.util.regex.Pattern.compile("\\b(?:he|she),\\s*$");

    private final String t;
    private final Mentions mentions;
    private final String memoirist;

    PronounResolver(String text, Mentions mentions, String memoirist) {
        this.t = text;
        this.mentions = mentions;
        this.memoirist = memoirist;
    }

    /**
     * @param usable excludes mentions that sit inside other people's quotations
     * @param self   who "I" is: the memoirist in narration, the quoted person inside a quotation
     */
    Attribution resolve(Mentions.Mention m, int floor, Predicate<Mentions.Mention> usable, Attribution self) {
        return resolve(m, floor, usable, self, java.util.Set.of());
    }

    /** @param notHim people the pronoun cannot stand for: those its own clause addresses */
    Attribution resolve(Mentions.Mention m, int floor, Predicate<Mentions.Mention> usable, Attribution self,
                        java.util.Set<String> notHim) {
        return switch (m.type()) {
            case LENIN -> person(Speakers.LENIN, 0.95, "named as " + t.substring(m.start(), m.end()));
            case NAME -> person(m.name(), 0.9, "named");
            case I -> self;
            case HE, SHE -> pronoun(m, floor, usable, notHim);
            case TITLE -> title(m, usable);
            case RELATION -> relation(m);
            default -> null;
        };
    }

    static Attribution person(String name, double confidence, String note) {
        return new Attribution(name, SpeakerKind.PERSON, confidence, note, false);
    }

    private Attribution relation(Mentions.Mention m) {
        String who = FAMILY.getOrDefault(memoirist, Map.of()).get(m.name());
        return who == null ? null : person(who, 0.85, "the memoirist's " + m.name());
    }

    private Attribution title(Mentions.Mention m, Predicate<Mentions.Mention> usable) {
        String word = m.name();
        List<Mentions.Mention> before = mentions.between(Math.max(0, m.start() - 4000), m.start());
        for (int i = before.size() - 1; i >= 0; i--) {
            Mentions.Mention c = before.get(i);
            if (c.type() == Mentions.Type.NAME && usable.test(c)
                    && t.substring(Math.max(0, c.start() - word.length() - 1), c.start()).startsWith(word)) {
                return person(c.name(), 0.8, "'the " + word + "' taken as " + word + " " + c.name());
            }
        }
        return null;
    }

    /**
     * "he" is the named subject of the nearest earlier sentence; a sentence whose subject is itself
     * "he" passes the question further back. Objects ("did not like Trotsky") are only a fallback.
     */
    private Attribution pronoun(Mentions.Mention m, int floor, Predicate<Mentions.Mention> usable, java.util.Set<String> notHim) {
        boolean female = m.type() == Mentions.Type.SHE;
        String word = t.substring(m.start(), m.end()).toLowerCase();
        Mentions.Mention fallback = null;
        // "In his letter to Gorky he wrote": whoever is the object of the pronoun's own clause is not its antecedent
        java.util.Set<String> objects = new java.util.HashSet<>(notHim);
        int end = m.start();
        int start = Sentences.LINE_PARAGRAPHS.startOf(t, end, floor);
        for (int step = 0; step < MAX_SENTENCES_BACK && m.start() - start < MAX_CHARS_BACK; ) {
            Mentions.Mention subject = null;
            Mentions.Mention nearest = null;
            boolean chained = false;
            boolean anyone = false;
            // "In his pamphlet against Kievsky he wrote": the pronoun's own clause never points at its objects
            boolean ownSentence = end == m.start();
            boolean memoiristActs = false;
            for (Mentions.Mention c : mentions.between(start, end)) {
                if (!usable.test(c)) continue;
                anyone = true;
                if (c.type() == Mentions.Type.I && !c.object() && !c.possessive() && subject == null) memoiristActs = true;
                boolean sameGender = female ? c.female() || c.type() == Mentions.Type.SHE : c.male();
                if (!sameGender) continue;
                // "commentaries by Lenin", "regarded by Ilyich": the agent is who acts
                boolean subjectLike = !c.object() && !c.possessive() || c.named() && t.startsWith("by ", Math.max(0, c.start() - 3));
                if (c.type() == Mentions.Type.ANONYMOUS) {
                    if (subject == null && !chained && !(ownSentence && c.object())) {
                        return Attribution.unknown("'" + word + "' refers to " + c.name());
                    }
                    continue;
                }
                if (!c.named()) {
                    if (subject == null && subjectLike && c.type() == m.type()) chained = true;
                    continue;
                }
                if (ownSentence && !subjectLike) {
                    if (c.object()) objects.add(c.name());
                    continue;
                }
                if (objects.contains(c.name())) continue;
                // in the pronoun's own sentence the nearest subject is its antecedent: "Kamenev describes how Lenin
                // objected to it, so that he ..." — the clause holding the pronoun hangs on the nearest
                // "he, Lenin, would not stand in the way": a name set beside a pronoun is the clause's stressed subject
                boolean apposed = APPOSED.matcher(t.substring(Math.max(0, c.start() - 6), c.start())).find();
                if (subjectLike && !chained && (subject == null || ownSentence || apposed)) subject = c;
                // another person is a rival only as a subject: "Ilyich argued with Bukharin" is still Ilyich's
                if (subjectLike || nearest == null) nearest = c;
            }
            if (anyone) step++;
            if (subject != null) {
                if (!nearest.name().equals(subject.name()) && Speakers.isLenin(subject.name())) {
                    // Precision on Lenin matters most: a Lenin subject with another person nearer is left open.
                    return Attribution.unknown("ambiguous '" + word + "': Lenin or " + nearest.name());
                }
                double conf = nearest.name().equals(subject.name()) ? 0.75 : 0.65;
                return person(subject.name(), conf, "attributed by proximity: '" + word + "' after mention of "
                        + t.substring(subject.start(), subject.end()));
            }
            // "I went first to Lenin. '...,' he kept repeating": the narrator is not "he", so he is the one she met
            if (memoiristActs && !ownSentence && !chained && nearest != null && nearest.object()) {
                return person(nearest.name(), 0.7, "'" + word + "' is whom the memoirist was with, "
                        + t.substring(nearest.start(), nearest.end()));
            }
            if (fallback == null && nearest != null && !chained) fallback = nearest;
            if (start <= floor || t.startsWith("Chapter ", start) || t.startsWith("# ", start)) break;
            int p = start;
            while (p > floor && Character.isWhitespace(t.charAt(p - 1))) p--;
            if (p <= floor) break;
            end = p;
            start = Sentences.LINE_PARAGRAPHS.startOf(t, p - 1, floor);
        }
        if (fallback != null && !Speakers.isLenin(fallback.name())) {
            return person(fallback.name(), 0.5, "attributed by proximity: '" + word + "' near " + fallback.name());
        }
        return null;
    }
}
