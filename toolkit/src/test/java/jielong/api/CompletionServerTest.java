package jielong.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The completions endpoint on a free port: the wire format, every error a client can cause, and that it keeps serving. */
class CompletionServerTest {
    static CompletionServer server;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = CompletionServer.start(0, LocalModelTest.MODEL);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Reply(int status, JsonObject json) {
        String errorCode() {
            return json.getAsJsonObject("error").get("code").getAsString();
        }
    }

    static Reply send(String method, String path, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve(path));
        b = body == null ? b.method(method, HttpRequest.BodyPublishers.noBody()) : b.method(method, HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Reply(r.statusCode(), JsonParser.parseString(r.body()).getAsJsonObject());
    }

    @Test
    void aCompletionOverHttpIsTheLocalOne() throws Exception {
        Reply r = send("POST", "/v1/completions",
                "{\"model\": \"tiny\", \"prompt\": \"abc\", \"max_tokens\": 9, \"temperature\": 0.8, \"seed\": 5, \"stop\": [\"\\n\"]}");
        assertEquals(200, r.status, r.json.toString());
        Completion local = LocalModelTest.MODEL.complete("abc", new CompletionOptions(0.8, 9, List.of("\n"), 5));
        JsonObject choice = r.json.getAsJsonArray("choices").get(0).getAsJsonObject();
        assertEquals(local.text(), choice.get("text").getAsString());
        assertEquals(local.finishReason(), choice.get("finish_reason").getAsString());
        assertEquals("text_completion", r.json.get("object").getAsString());
        assertEquals(3, r.json.getAsJsonObject("usage").get("prompt_tokens").getAsInt());
        assertEquals(local.totalTokens(), r.json.getAsJsonObject("usage").get("total_tokens").getAsInt());

        CompletionClient client = new CompletionClient(server.uri(), "tiny");
        assertEquals(local, client.complete("abc", new CompletionOptions(0.8, 9, List.of("\n"), 5)));
        assertEquals(16, client.contextLength());
    }

    @Test
    void modelsAreListed() throws Exception {
        Reply r = send("GET", "/v1/models", null);
        assertEquals(200, r.status);
        JsonObject m = r.json.getAsJsonArray("data").get(0).getAsJsonObject();
        assertEquals("tiny", m.get("id").getAsString());
        assertEquals(16, m.get("context_length").getAsInt());
    }

    @Test
    void badRequestsGetClearErrorsAndTheServerGoesOn() throws Exception {
        Reply broken = send("POST", "/v1/completions", "{\"prompt\": \"abc\"");
        assertError(400, "invalid_json", broken);
        String said = broken.json.getAsJsonObject("error").get("message").getAsString();
        assertTrue(said.contains("line 1") && !said.contains("://") && !said.contains("\n"), "where, in one line: " + said);
        assertError(400, "invalid_json", send("POST", "/v1/completions", "[1, 2]"));
        assertError(400, "missing_prompt", send("POST", "/v1/completions", "{\"model\": \"tiny\"}"));
        assertError(404, "model_not_found", send("POST", "/v1/completions", "{\"model\": \"gpt-9\", \"prompt\": \"abc\"}"));
        assertError(400, "context_length_exceeded", send("POST", "/v1/completions", "{\"prompt\": \"" + "a".repeat(40) + "\"}"));
        assertError(400, "invalid_prompt", send("POST", "/v1/completions", "{\"prompt\": \"XYZ\"}"));
        assertError(400, "invalid_parameter", send("POST", "/v1/completions", "{\"prompt\": \"abc\", \"max_tokens\": \"ten\"}"));
        assertError(400, "invalid_parameter", send("POST", "/v1/completions", "{\"prompt\": \"abc\", \"temperature\": -2}"));
        assertError(400, "invalid_parameter", send("POST", "/v1/completions", "{\"prompt\": \"abc\", \"stop\": 3}"));
        assertError(405, "method_not_allowed", send("GET", "/v1/completions", null));
        assertError(404, "not_found", send("GET", "/v2/anything", null));
        assertError(413, "request_too_large", send("POST", "/v1/completions", "{\"prompt\": \"" + "a".repeat(CompletionServer.MAX_BODY_BYTES) + "\"}"));
        Reply ok = send("POST", "/v1/completions", "{\"prompt\": \"abc\", \"max_tokens\": 3}");
        assertEquals(200, ok.status, "after every bad request the server still answers: " + ok.json);

        CompletionClient.HttpError e = assertThrows(CompletionClient.HttpError.class,
                () -> new CompletionClient(server.uri(), "tiny").complete("a".repeat(40), CompletionOptions.answer()));
        assertEquals(400, e.status);
        assertTrue(e.getMessage().contains("at most 16"), e.getMessage());
    }

    static void assertError(int status, String code, Reply r) {
        assertEquals(status, r.status, r.json.toString());
        assertEquals(code, r.errorCode(), r.json.toString());
        assertTrue(r.json.getAsJsonObject("error").get("message").getAsString().length() > 10, r.json.toString());
    }

    @Test
    void aTakenPortIsRefused() {
        assertThrows(java.net.BindException.class, () -> CompletionServer.start(server.port(), LocalModelTest.MODEL).close());
    }

    @Test
    void serverUsesTheLoopbackAddress() {
        assertTrue(java.net.InetAddress.getLoopbackAddress().getHostAddress().equals(server.uri().getHost()), server.uri().toString());
        assertEquals(URI.create(server.uri() + "/").getPort(), server.port());
    }
}
