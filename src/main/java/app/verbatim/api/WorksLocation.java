package app.verbatim.api;

import java.util.List;

import app.verbatim.text.PageRange;

/**
 * Where words stand in Lenin's Collected Works: volume, printed pages, the work's title and the edition the
 * pages belong to. {@code wordShare} is the share of the looked-up words' weight (rare words weigh more) the
 * Works passage holds: near 1 for the same words, high for another translation of them.
 */
public record WorksLocation(int volume, List<PageRange> pages, String title, String edition, Double wordShare) {
}
