package app.verbatim.extraction;

import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import app.verbatim.text.LeninNames;
import app.verbatim.text.MemoirMarkup;
import app.verbatim.text.Sentences;
import app.verbatim.text.SpeakerKind;
import app.verbatim.text.Speakers;
import app.verbatim.text.SpeechVerbs;

/**
 * Decides whose words a quotation is, from the nearest evidence outward: a signature, the
 * attribution tag right after it ("..." said Ilyich), the lead-in before it (Ilyich said: "..."),
 * the previous paragraph's colon, the quotation it continues, the preceding sentence.
 */
final class SpeakerResolver {

    private static final Pattern WORD = Pattern.compile("[A-Za-z][A-Za-z'’-]*");
    /** A signature form anywhere near the end, or his name alone closing the text. */
    private static final Pattern LENIN_SIGNATURE = Pattern.compile(
            "(?:" + LeninNames.SIGNATURE + "|(?:^|[.!?,]\\s+)" + LeninNames.REGEX + "\\.?\\s*$)");
    private static final Pattern PARENTHETICAL = Pattern.compile("\\([^()]*\\)");
    private static final Pattern WORDS_OF = Pattern.compile("\\b(?:" + String.join("|", Lexicon.SPEECH_NOUNS)
            + ")\\s+(?:of|by)\\s+(?:the\\s+)?$");
    private static final Pattern RELATIVE_WHO = Pattern.compile(",\\s*who\\s+(?:had\\s+|then\\s+|also\\s+)?$");

    private static final java.util.Set<String> PASSIVE_AUXILIARIES = java.util.Set.of(
            "been", "was", "were", "is", "are", "be", "being");

    private static final java.util.Set<String> PERFECT_AUXILIARIES = java.util.Set.of("had", "has", "have");

    private final String t;
    private final Mentions mentions;
    private final PronounResolver pronouns;
    private final String memoirist;

    SpeakerResolver(String text, Mentions mentions, String memoirist) {
        this.t = text;
        this.mentions = mentions;
        this.memoirist = memoirist;
        this.pronouns = new PronounResolver(text, mentions, memoirist);
    }

    Attribution resolve(QuoteContext q, Attribution parent, Attribution previous) {
        return resolve(q, parent, previous, List.of());
    }

    /**
     * @param turns the quotations filling the paragraphs right before this one, the nearest first: a letter
     *              goes on in the next quoted paragraph (its postscript), a dialogue alternates between two
     */
    Attribution resolve(QuoteContext q, Attribution parent, Attribution previous, List<Attribution> turns) {
        Attribution self = parent != null ? parent.withConfidence(0.85, "'I' inside " + parent.speaker() + "'s words")
                : PronounResolver.person(memoirist, 0.9, "the memoirist ('I')");
        Predicate<Mentions.Mention> usable = q::usable;
        String content = q.content();
        if (LENIN_SIGNATURE.matcher(content.substring(Math.max(0, content.length() - 220))).find()) {
            return new Attribution(Speakers.LENIN, SpeakerKind.PERSON, 0.97, "signed by Lenin", true);
        }
        String lead = t.substring(q.leadStart(), q.leadEnd());
        Attribution goesOn = sharedSubject(q, previous);
        if (goesOn != null) return goesOn;
        // "When Rumyantsev said: "...," Ilyich shouted": the colon hands the words to the lead's speaker.
        if (lead.strip().endsWith(":")) {
            Attribution a = clause(q.leadStart(), q.leadEnd(), true, q, usable, self);
            if (a != null && a.known() && a.kind() == SpeakerKind.PERSON) return a;
        }
        if (q.trailerStart() < q.trailerEnd()) {
            Attribution a = clause(q.trailerStart(), q.trailerEnd(), false, q, usable, self);
            if (a != null) return a;
            Attribution subject = subjectAfter(q, usable, self);
            if (subject != null) return subject;
        }
        Attribution common = commonNounTag(q);
        if (common != null) return common;
        String lower = lead.toLowerCase(Locale.ROOT);
        for (String cue : Lexicon.CROWD_CUES) {
            if (lower.contains(cue)) return Attribution.unknown("words of a crowd ('" + cue + "')");
        }
        Attribution a = clause(q.leadStart(), q.leadEnd(), true, q, usable, self);
        if (a != null) return a;
        if (q.parent() != null) {
            return Attribution.unknown("nested quotation without a named speaker");
        }
        if (q.startsParagraph() && q.previousLineEnd() > 0) {
            int ls = Sentences.LINE_PARAGRAPHS.startOf(t, q.previousLineEnd(), q.previousLineStart());
            String prevLine = t.substring(ls, q.previousLineEnd()).strip();
            if (prevLine.endsWith(":") || prevLine.endsWith(":\"")) {
                Attribution p = clause(ls, q.previousLineEnd(), true, q, usable, self);
                if (p != null) return p;
            }
        }
        if (previous != null && q.gapFromPrevious() != null) {
            Attribution inherited = inherit(q, previous, usable);
            if (inherited != null) return inherited;
        }
        if (lead.isBlank() && q.startsParagraph() && !turns.isEmpty()) {
            Attribution turn = nextTurn(turns);
            if (turn != null) return turn;
        }
        if (lead.isBlank()) {
            int pe = q.previousSentenceEnd();
            int ps = q.previousSentenceStart();
            int bound = q.startsParagraph() ? Math.max(0, q.previousLineStart()) : q.floor();
            double cap = 0.7;
            for (int back = 0; back < 3 && ps >= 0 && ps < pe; back++, cap -= 0.1) {
                Attribution p = clause(ps, pe, true, q.backTo(), usable, self);
                if (p != null && p.known()) {
                    return p.withConfidence(Math.min(p.confidence(), cap), p.note() + "; from a preceding sentence");
                }
                // "Lenin knew how to listen.\n"And how did you fare?"": the man the last sentence is about speaks
                // next, before any speech verb further back
                if (back == 0 && p == null && q.startsParagraph()) {
                    Attribution named = namedSubjectOf(ps, pe, q, usable, self);
                    if (named != null) return named;
                }
                int np = ps;
                while (np > bound && Character.isWhitespace(t.charAt(np - 1))) np--;
                if (np <= bound) break;
                pe = np;
                ps = Sentences.LINE_PARAGRAPHS.startOf(t, np - 1, bound);
            }
            ps = q.previousSentenceStart();
            if (ps >= 0) {
                Attribution near = subjectOf(ps, q.previousSentenceEnd(), q, usable, self);
                if (near != null) return near;
            }
        }
        return Attribution.unknown("no attribution found");
    }

    /**
     * Reads one clause for a speaker: a speech verb with its subject, a possessive speech noun
     * ("Ilyich's voice"), a colon with a named subject, or a document noun.
     */
    private Attribution clause(int from, int to, boolean leadIn, QuoteContext q, Predicate<Mentions.Mention> usable,
                               Attribution self) {
        String text = t.substring(from, to);
        List<Mentions.Mention> ms = mentions.between(from, to).stream().filter(usable).toList();
        Matcher w = WORD.matcher(text);
        int verbStart = -1, verbEnd = -1, count = 0;
        boolean written = false;
        String docNoun = null;
        boolean writtenNoun = false;
        String previousWord = "";
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            count++;
            // "the negotiations had been concluded": a speech verb in the passive tells of no one speaking
            boolean passive = PASSIVE_AUXILIARIES.contains(previousWord);
            // "Ilyich had written a reply to an article by Radek:" — the perfect is his writing; a bare "written"
            // ("his article, written in 1910,") describes a work
            boolean perfectWritten = word.equals("written") && PERFECT_AUXILIARIES.contains(previousWord);
            if (!word.endsWith("ly")) previousWord = word; // "had been successfully concluded"
            boolean verb = !passive && ((leadIn ? SpeechVerbs.isSpeechVerb(word) || perfectWritten : SpeechVerbs.isTag(word))
                    || (!leadIn && word.equals("ran")));
            if (verb && (leadIn || count <= 5) && (leadIn || verbStart < 0)) {
                verbStart = from + w.start();
                verbEnd = from + w.end();
                written = SpeechVerbs.WRITING.contains(word) || perfectWritten;
            }
            if (Lexicon.DOCUMENT_NOUNS.contains(word)) docNoun = word;
            if (Lexicon.WRITTEN_NOUNS.contains(word)) writtenNoun = true;
        }
        if (!leadIn && text.strip().endsWith(":")) return null;
        if (verbStart < 0 && leadIn) {
            // "He considered that it was the task of the working class "to safeguard ..."": words closing the
            // thought reported after "that" are the thinker's
            Matcher r = REPORTED_THAT.matcher(text);
            while (r.find()) {
                verbStart = from + r.start(1);
                verbEnd = from + r.end(1);
            }
        }
        if (verbStart >= 0) {
            Attribution subject = subjectAround(ms, verbStart, verbEnd, q, usable, self);
            if (subject != null && subject != IT_SUBJECT) return subject.written(written || writtenNoun);
            if (docNoun != null) return document(docNoun);
            if (subject == IT_SUBJECT && leadIn) {
                Attribution back = sentenceBefore(from, q, usable, self);
                if (back != null) return back;
            }
            return leadIn ? Attribution.unknown("speaker not named") : null;
        }
        if (!leadIn) return null;
        for (Mentions.Mention m : ms) {
            // "this fundamental text of Engels:", "the words of Marx:": the of-genitive names whose words they are
            if (m.named() && WORDS_OF.matcher(t.substring(Math.max(from, m.start() - 30), m.start())).find()) {
                Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
                if (a != null && a.known()) return a.withConfidence(Math.min(a.confidence(), 0.8),
                        a.note() + "; words of " + t.substring(m.start(), m.end())).written(true);
            }
            if (m.possessive() && followedBySpeechNoun(m.end(), to)) {
                Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
                if (a != null && a.known()) return a.withConfidence(Math.min(a.confidence(), 0.8),
                        a.note() + "; '" + t.substring(m.start(), m.end()) + "' + speech noun").written(true);
            }
        }
        String stripped = text.strip();
        if (stripped.endsWith(":") || stripped.endsWith(":\"") || stripped.toLowerCase().endsWith("words")) {
            int lastComma = Math.max(text.lastIndexOf(','), text.lastIndexOf('—'));
            int clauseFrom = lastComma >= 0 ? from + lastComma : from;
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mentions.Mention m = ms.get(i);
                if (m.start() < clauseFrom) break;
                boolean subjectLike = (!m.object() || m.type() == Mentions.Type.RELATION) && !m.possessive();
                if (!subjectLike) continue;
                if (m.type() == Mentions.Type.IT) {
                    Attribution author = q.leadStart() == from ? authorOfWorkBefore(from, q, usable, self) : null;
                    if (author != null) return author;
                    break;
                }
                Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
                if (a != null && !a.known() && q.leadStart() == from && THIS_WORK.matcher(text).find()) {
                    Attribution author = authorOfWorkBefore(from, q, usable, self);
                    if (author != null) return author;
                }
                if (a != null) return a.written(writtenNoun);
            }
            if (docNoun != null) return document(docNoun);
            return q.leadStart() == from ? sentenceBefore(from, q, usable, self) : null;
        }
        if (docNoun != null && stripped.toLowerCase().matches(".*\\b(that|to)$")) return document(docNoun);
        return null;
    }

    /**
     * A quoted paragraph with no tag after quoted paragraphs: a letter's next paragraph or postscript is its
     * writer's; in talk, turns alternate between the two people speaking.
     */
    private static Attribution nextTurn(List<Attribution> turns) {
        Attribution last = turns.get(0);
        if (last.written() && last.known()) {
            return last.withConfidence(Math.min(last.confidence(), 0.8), "goes on from the quoted paragraph before ("
                    + last.speaker() + "'s)");
        }
        if (turns.size() >= 2 && turns.get(1).known() && turns.get(1).kind() == SpeakerKind.PERSON
                && !turns.get(1).speaker().equals(last.speaker())) {
            return turns.get(1).withConfidence(0.7, "dialogue: " + turns.get(1).speaker() + "'s turn again");
        }
        return null;
    }

    /**
     * "...": and continued: "..."; "...", excluding Martov, and concludes: "..." — a speech verb after "and" with
     * no subject of its own between two quotations of one sentence.
     */
    private static final Pattern REPORTED_THAT = Pattern.compile(
            "\\b(" + SpeechVerbs.alternation(SpeechVerbs.REPORTING) + ")\\s+that\\b");

    private static final Pattern AND_VERB = Pattern.compile(
            "^(?:[^.!?;\"“”]*,)?[\\s,]*and\\s+(?:then\\s+)?(?:[a-z]+ly\\s+)?([a-z]+)\\b[^.!?;\"“”]*$");

    /**
     * A verb joined by "and" to the sentence's earlier verb shares its subject: in {@code he wrote: "..." and
     * continued: "..."} the second words are the first speaker's too, when nobody else is the subject between.
     */
    private Attribution sharedSubject(QuoteContext q, Attribution previous) {
        String gap = q.gapFromPrevious();
        if (previous == null || !previous.known() || gap == null || gap.indexOf('\n') >= 0) return null;
        Matcher m = AND_VERB.matcher(gap);
        if (!m.find() || !SpeechVerbs.isSpeechVerb(m.group(1))) return null;
        for (Mentions.Mention c : mentions.between(q.gapStart(), q.leadEnd())) {
            if (!c.object() && !c.possessive()) return null;
        }
        return previous.withConfidence(Math.min(previous.confidence(), 0.85),
                "'and " + m.group(1) + "' shares the subject of the quotation before (" + previous.speaker() + ")");
    }

    /**
     * "Let's go," Ilyich checked me: words ending in a comma go on into their tag, whatever its verb; the
     * person right after them is the one who said them.
     */
    private Attribution subjectAfter(QuoteContext q, Predicate<Mentions.Mention> usable, Attribution self) {
        String content = q.content().stripTrailing();
        if (content.isEmpty() || ",—–".indexOf(content.charAt(content.length() - 1)) < 0) return null;
        int from = q.trailerStart();
        while (from < q.trailerEnd() && !Character.isLetter(t.charAt(from))) from++;
        for (Mentions.Mention m : mentions.between(from, q.trailerEnd())) {
            if (m.start() != from) break;
            if (!usable.test(m) || m.object() || m.possessive() || m.type() == Mentions.Type.IT) break;
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
            if (a != null && a.known()) return a.withConfidence(Math.min(a.confidence(), 0.8), a.note() + "; tag after the words");
            break;
        }
        return null;
    }

    /** ", the "committeemen" would say": a tag whose subject is a common noun, in marks or not. */
    private static final Pattern COMMON_NOUN_TAG = Pattern.compile(
            "^[\"”’']?\\s*,?\\s*(?:the|a|an|some|many)\\s+[\"“‘']?([a-z][a-z-]+)[\"”’']?\\s+(?:would\\s+|then\\s+|often\\s+)?([a-z]+)\\b");

    /**
     * Words running on by a comma into a tag whose subject is a common noun ("..., the committeemen would say")
     * are said by such people, not by anyone named before.
     */
    private Attribution commonNounTag(QuoteContext q) {
        String content = q.content().stripTrailing();
        if (content.isEmpty() || content.charAt(content.length() - 1) != ',') return null;
        int from = q.span.outerEnd();
        Matcher m = COMMON_NOUN_TAG.matcher(t.substring(from, Math.min(t.length(), from + 60)));
        if (!m.find() || !SpeechVerbs.isTag(m.group(2))) return null;
        return Attribution.unknown("said by the " + m.group(1));
    }

    /**
     * A block quotation the lead gives no speaker goes on quoting the block before it (Rosmer: "And finally:"),
     * when only narration naming nobody else lies between, in the same section.
     */
    Attribution continuing(Attribution previousBlock, int from, int to, Predicate<Mentions.Mention> usable) {
        if (previousBlock == null || !previousBlock.known() || previousBlock.kind() != SpeakerKind.PERSON
                || t.substring(from, to).contains("\n" + MemoirMarkup.HEADING)) return null;
        for (Mentions.Mention m : mentions.between(from, to)) {
            if (usable.test(m) && m.named() && !m.name().equals(previousBlock.speaker())) return null;
        }
        return previousBlock.withConfidence(Math.min(previousBlock.confidence(), 0.65),
                "goes on quoting " + previousBlock.speaker() + " (the block before names the speaker, nobody else is named since)");
    }

    /** "this article", "the same letter": the work the sentence before named. */
    private static final Pattern THIS_WORK = Pattern.compile("\\b(?:this|that|the same)\\s+(?:"
            + String.join("|", Lexicon.SPEECH_NOUNS) + ")\\b");

    /**
     * "His article ... is full of vigour. It ends with the appeal:", "Vladimir Ilyich's article appeared. He ends
     * this article with the words:": the words closing a work named in the sentence before are its author's,
     * whoever the pronoun might otherwise point at.
     */
    private Attribution authorOfWorkBefore(int from, QuoteContext q, Predicate<Mentions.Mention> usable, Attribution self) {
        int floor = q.pronounFloor();
        int pe = from;
        while (pe > floor && Character.isWhitespace(t.charAt(pe - 1))) pe--;
        if (pe <= floor) return null;
        // a sentence ending in a quoted title ("... article "Marx on the 'Redistribution.' "") ends past its marks
        int inside = pe - 1;
        while (inside > floor && (Sentences.isCloser(t.charAt(inside)) || Sentences.isTerminator(t.charAt(inside))
                || Character.isWhitespace(t.charAt(inside)))) inside--;
        int ps = Sentences.LINE_PARAGRAPHS.startOf(t, inside, floor);
        for (Mentions.Mention m : mentions.between(ps, pe)) {
            if (!usable.test(m) || !m.possessive() || !followedBySpeechNoun(m.end(), pe)) continue;
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
            if (a != null && a.known() && a.kind() == SpeakerKind.PERSON) {
                return a.withConfidence(Math.min(a.confidence(), 0.8), a.note() + "; closing words of '"
                        + t.substring(m.start(), m.end()) + "' work named before").written(true);
            }
        }
        return null;
    }

    /** "It said:" / "Here it is:" point back at the thing named in the sentence before. */
    private Attribution sentenceBefore(int from, QuoteContext q, Predicate<Mentions.Mention> usable, Attribution self) {
        int floor = q.pronounFloor();
        int pe = from;
        while (pe > floor && Character.isWhitespace(t.charAt(pe - 1))) pe--;
        if (pe <= floor) return null;
        int ps = Sentences.LINE_PARAGRAPHS.startOf(t, pe - 1, floor);
        if (ps >= pe) return null;
        Attribution back = clause(ps, pe, true, q.backTo(), usable, self);
        if (back != null && back.known()) {
            return back.withConfidence(back.confidence() * 0.9, back.note() + "; from the sentence before the colon");
        }
        Matcher w = WORD.matcher(t.substring(ps, pe));
        String doc = null;
        while (w.find()) {
            String word = w.group().toLowerCase(Locale.ROOT);
            if (Lexicon.DOCUMENT_NOUNS.contains(word)) doc = word;
        }
        return doc == null ? null : document(doc);
    }

    private static final Attribution IT_SUBJECT = Attribution.unknown("'it'");

    private Attribution subjectAround(List<Mentions.Mention> ms, int verbStart, int verbEnd, QuoteContext q,
                                      Predicate<Mentions.Mention> usable, Attribution self) {
        // "clear to Ilyich, who wrote to Kollontai:": the relative pronoun's antecedent, object or not
        Matcher who = RELATIVE_WHO.matcher(t.substring(Math.max(0, verbStart - 40), verbStart));
        if (who.find()) {
            int at = Math.max(0, verbStart - 40) + who.start();
            for (int i = ms.size() - 1; i >= 0; i--) {
                Mentions.Mention m = ms.get(i);
                if (m.end() > at) continue;
                if (!m.named() || m.possessive()) break;
                Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
                if (a != null) return a.withConfidence(Math.min(a.confidence(), 0.85), a.note() + "; 'who'");
                break;
            }
        }
        for (int i = ms.size() - 1; i >= 0; i--) {
            Mentions.Mention m = ms.get(i);
            if (m.end() > verbStart || m.object() || m.possessive()) continue;
            if (m.type() == Mentions.Type.WE || m.type() == Mentions.Type.THEY) {
                return Attribution.unknown("spoken by a group ('" + t.substring(m.start(), m.end()) + "')");
            }
            if (m.type() == Mentions.Type.IT) return IT_SUBJECT;
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self, addressees(ms));
            if (a != null) return a;
            return Attribution.unknown("could not resolve '" + t.substring(m.start(), m.end()) + "'");
        }
        for (Mentions.Mention m : ms) {
            if (m.start() < verbEnd || m.start() - verbEnd > 30) continue;
            boolean agent = t.substring(Math.max(0, m.start() - 3), m.start()).equals("by ");
            if ((m.object() && !agent) || m.possessive()) continue;
            // "Stop!" shouted a man in a bowler: an unnamed person's cry is theirs, whoever was named before
            if (m.type() == Mentions.Type.ANONYMOUS) return Attribution.unknown("said by " + m.name());
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
            if (a != null) return a;
        }
        return null;
    }

    /**
     * "He turned to Vladimir Ilyich, exclaiming:", "he wrote to Shlyapnikov": the people the clause speaks to are
     * not the one its "he" speaks for.
     */
    private static java.util.Set<String> addressees(List<Mentions.Mention> clause) {
        java.util.Set<String> out = new java.util.HashSet<>();
        for (Mentions.Mention m : clause) {
            if (m.named() && m.object()) out.add(m.name());
        }
        return out;
    }

    private boolean followedBySpeechNoun(int from, int to) {
        Matcher w = WORD.matcher(t.substring(from, Math.min(to, from + 40)));
        for (int i = 0; i < 3 && w.find(); i++) {
            if (Lexicon.SPEECH_NOUNS.contains(w.group().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    private static Attribution document(String noun) {
        String name = Character.toUpperCase(noun.charAt(0)) + noun.substring(1);
        return new Attribution(name, SpeakerKind.DOCUMENT, 0.85, "quoted from the " + noun, true);
    }

    /** The quotation goes on from the previous one when only narration about that speaker lies between. */
    private Attribution inherit(QuoteContext q, Attribution previous, Predicate<Mentions.Mention> usable) {
        String gap = PARENTHETICAL.matcher(q.gapFromPrevious()).replaceAll(" ");
        if (gap.contains("\n") || gap.strip().length() > 250) return null;
        boolean speakerNamed = false;
        for (Mentions.Mention m : mentions.between(q.gapStart(), q.leadStart())) {
            if (!usable.test(m) || m.object() || insideParenthetical(m.start(), q.gapStart())) continue;
            if (m.type() == Mentions.Type.IT) {
                // "The Declaration announced "..." It approved the laws ...": the document goes on speaking
                speakerNamed |= previous.kind() == SpeakerKind.DOCUMENT && !m.possessive();
                continue;
            }
            boolean same = (m.named() && m.name().equals(previous.speaker()))
                    || (m.type() == Mentions.Type.I && previous.speaker().equals(memoirist))
                    || (m.type() == Mentions.Type.HE && !previous.speaker().equals(memoirist))
                    || (m.type() == Mentions.Type.IT && previous.kind() == SpeakerKind.DOCUMENT);
            if (!same) return null;
            speakerNamed = true;
        }
        // Whole sentences of narration about nobody ("These are tense days. Workers fill the streets.") move the
        // story on: the words after them are not the earlier speaker's for want of another name. A written
        // source (memoirs, a letter) is quoted piece by piece with the memoirist's summary between.
        if (!speakerNamed && !previous.written() && wholeSentenceIn(q.gapStart(), q.leadStart())) return null;
        if (!previous.known()) return previous;
        return previous.withConfidence(Math.min(previous.confidence(), 0.9) * 0.9,
                "continues the quotation of " + previous.speaker());
    }

    /** A sentence both starts and ends in [from, to): narration of its own, not a tag or an aside. */
    private boolean wholeSentenceIn(int from, int to) {
        boolean ended = false;
        for (int i = from; i < to; i++) {
            if (Sentences.endsAt(t, i)) {
                if (ended) return true;
                ended = true;
            }
        }
        return false;
    }

    private boolean insideParenthetical(int pos, int floor) {
        int open = t.lastIndexOf('(', pos);
        return open >= floor && t.indexOf(')', open) > pos;
    }

    /** The sentence's first subject when it is a person named outright (not a pronoun), else null. */
    private Attribution namedSubjectOf(int from, int to, QuoteContext q, Predicate<Mentions.Mention> usable,
                                       Attribution self) {
        for (Mentions.Mention m : mentions.between(from, to)) {
            if (!usable.test(m) || m.object() || m.possessive()) continue;
            if (!m.named()) return null;
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
            if (a == null || !a.known()) return null;
            return a.withConfidence(Math.min(a.confidence(), 0.6),
                    "the person the sentence before is about (" + t.substring(m.start(), m.end()) + ")");
        }
        return null;
    }

    /** Last resort: the named subject of the sentence right before an unattributed quotation. */
    private Attribution subjectOf(int from, int to, QuoteContext q, Predicate<Mentions.Mention> usable,
                                  Attribution self) {
        for (Mentions.Mention m : mentions.between(from, to)) {
            if (!usable.test(m) || m.object() || m.possessive()) continue;
            if (m.type() != Mentions.Type.LENIN && m.type() != Mentions.Type.NAME && m.type() != Mentions.Type.HE
                    && m.type() != Mentions.Type.SHE) return null;
            Attribution a = pronouns.resolve(m, q.pronounFloor(), usable, self);
            if (a == null || !a.known()) return null;
            return a.withConfidence(Math.min(a.confidence(), 0.55),
                    "attributed by proximity: subject of the preceding sentence (" + t.substring(m.start(), m.end()) + ")");
        }
        return null;
    }
}
