package app.verbatim.api;

import java.util.List;

/** One page of a list that can grow. */
public record PageOf<T>(List<T> items, int page, int size, long total) {
}
