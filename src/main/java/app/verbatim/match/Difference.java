package app.verbatim.match;

/**
 * One run of the alignment between a submission and a stored passage. Words are the surface
 * words (as typed / as stored), space-joined; a side with no words is "".
 */
public record Difference(Op op, String submitted, String stored) {

    public enum Op {
        /** Same words (same folded form) on both sides. */
        EQUAL,
        /** Submitted words stand where different stored words are: synonym, typo, spelling variant. */
        REPLACE,
        /** Words in the submission that the stored text does not have. */
        INSERT,
        /** Stored words inside the matched region that the submission leaves out, with no ellipsis. */
        DELETE,
        /** Stored words the submission skips with an ellipsis: reported, but (almost) not penalised. */
        OMITTED
    }
}
