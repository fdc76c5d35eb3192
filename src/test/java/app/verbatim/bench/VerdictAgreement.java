package app.verbatim.bench;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Every submission looked up once, its verdict compared with the evaluation set's label: speed bought
 * by looking at less of a large corpus must not cost answers. The labels were written for the seed
 * corpus; generated text can legitimately change a few (a short sentence the generator happens to
 * repeat in a "Lenin" passage), so the disagreements are listed, not failed.
 */
record VerdictAgreement(int agreed, int total, List<String> disagreements) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static VerdictAgreement run(String url, Submissions submissions) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        int agreed = 0;
        List<String> disagreements = new ArrayList<>();
        for (Submissions.Row row : submissions.rows()) {
            String body = JSON.writeValueAsString(Map.of("text", row.text()));
            HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            String verdict = response.statusCode() == 200 ? answer.path("verdict").asText() : "HTTP " + response.statusCode();
            if (verdict.equals(row.expected())) {
                agreed++;
            } else {
                String text = row.text().length() > 60 ? row.text().substring(0, 57) + "..." : row.text();
                disagreements.add(row.kind() + ": expected " + row.expected() + ", got " + verdict + " — \"" + text + "\"");
            }
        }
        return new VerdictAgreement(agreed, submissions.rows().size(), disagreements);
    }
}
