package app.verbatim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * POST /api/v1/check with a ~2,000-word draft holding ten quotations in generated narration-like
 * prose, timed over sequential requests (one author's editor checking a draft, not a crowd).
 */
final class DraftCheckBench {

    record Result(int words, int quotationsPlanted, int itemsFound, Map<String, Integer> verdicts, int runs,
                  double medianMillis, double p99Millis, double meanMillis) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    /** Ten quotations of different kinds, alternately in straight and curly quotes, between paragraphs. */
    static String draft(Submissions submissions, MarkovText prose) {
        List<String> quotes = new ArrayList<>();
        List<String> exact = submissions.ofKind("exact").stream().map(Submissions.Row::text).toList();
        quotes.addAll(exact.subList(0, 4));
        quotes.add(submissions.ofKind("fragment").get(0).text());
        quotes.add(submissions.ofKind("typos").get(0).text());
        quotes.add(submissions.ofKind("ellipsis").get(0).text());
        quotes.add(submissions.ofKind("fake").get(0).text());
        quotes.add(submissions.ofKind("other_speaker").get(0).text());
        quotes.add(submissions.ofKind("narration").get(0).text());
        String[] leadIns = {"Lenin said: ", "As Lenin wrote, ", "Ilyich replied: ", "Lenin told the delegates: ",
            "In his words, "};
        StringBuilder draft = new StringBuilder();
        for (int i = 0; i < quotes.size(); i++) {
            draft.append(prose.passage(160)).append(' ');
            String quote = quotes.get(i).strip();
            boolean curly = i % 2 == 1;
            draft.append(leadIns[i % leadIns.length])
                    .append(curly ? '“' : '"').append(quote).append(curly ? '”' : '"')
                    .append("\n\n");
        }
        draft.append(prose.passage(100));
        return draft.toString();
    }

    static Result run(String url, String draft, int warmups, int runs) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(Submissions.json(Map.of("text", draft))))
                .build();
        HttpResponse<String> last = null;
        for (int i = 0; i < warmups; i++) {
            last = send(http, request);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            last = send(http, request);
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        JsonNode items = JSON.readTree(last.body()).path("quotations");
        Map<String, Integer> verdicts = new TreeMap<>();
        items.forEach(item -> verdicts.merge(item.path("verdict").asText("none"), 1, Integer::sum));
        int words = draft.trim().split("\\s+").length;
        return new Result(words, 10, items.size(), verdicts, runs, nanos[runs / 2] / 1e6,
                nanos[(int) Math.ceil(runs * 0.99) - 1] / 1e6, Arrays.stream(nanos).average().orElse(0) / 1e6);
    }

    private static HttpResponse<String> send(HttpClient http, HttpRequest request) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IOException("POST /api/v1/check answered " + response.statusCode() + ": " + response.body());
        }
        return response;
    }

    /** The endpoint may not exist in every version of the service: 404/405 means skip the phase. */
    static boolean available(String url) throws IOException, InterruptedException {
        HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"text\": \"Lenin said: \\\"Peace must be secured from below.\\\"\"}"))
                .build(), HttpResponse.BodyHandlers.ofString());
        return response.statusCode() == 200;
    }
}
