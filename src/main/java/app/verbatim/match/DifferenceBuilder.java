package app.verbatim.match;

import java.util.ArrayList;
import java.util.List;

import app.verbatim.match.Difference.Op;
import app.verbatim.text.Token;

/** Collects aligned words into Differences, merging consecutive words of the same op. */
final class DifferenceBuilder {

    private final List<Difference> differences = new ArrayList<>();
    private Op op;
    private final List<String> submitted = new ArrayList<>();
    private final List<String> stored = new ArrayList<>();

    void add(Op next, Token sub, Token st) {
        if (next != op) {
            close();
            op = next;
        }
        if (sub != null) {
            submitted.add(sub.surface());
        }
        if (st != null) {
            stored.add(st.surface());
        }
    }

    void replace(List<Token> subs, List<Token> sts) {
        if (op != Op.REPLACE) {
            close();
            op = Op.REPLACE;
        }
        subs.forEach(t -> submitted.add(t.surface()));
        sts.forEach(t -> stored.add(t.surface()));
    }

    List<Difference> differences() {
        close();
        return List.copyOf(differences);
    }

    private void close() {
        if (op != null) {
            differences.add(new Difference(op, String.join(" ", submitted), String.join(" ", stored)));
        }
        op = null;
        submitted.clear();
        stored.clear();
    }
}
