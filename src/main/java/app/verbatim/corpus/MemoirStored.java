package app.verbatim.corpus;

/**
 * A memoir's quotations were just written, inside the transaction that wrote them. Features above the corpus
 * (duplicate clusters, citation checks) observe this to bring their own rows up to date in the same
 * transaction, so the corpus never needs to know about them.
 */
public record MemoirStored(long memoirId) {
}
