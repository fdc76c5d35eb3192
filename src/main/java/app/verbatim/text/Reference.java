package app.verbatim.text;

import java.util.List;

/**
 * A reference a text gives for quoted words, as printed ({@code raw}, at {@code start..end}) and as read:
 * "(Works, Vol. 26, pp. 316, 317-18.)" is volume 26, pages 316 and 317-318; an "Ibid." takes the volume
 * of the reference before it.
 */
public record Reference(String raw, int start, int end, Integer volume, List<PageRange> pages, boolean ibid) {
}
