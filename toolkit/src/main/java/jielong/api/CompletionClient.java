package jielong.api;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;

/**
 * A model behind a completions endpoint, called with the JDK's HTTP client: the same {@link
 * CompletionModel} as one in this JVM, so a notebook or an agent does not care where the model runs.
 */
public final class CompletionClient implements CompletionModel {
    private final URI base;
    private final String model;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private int contextLength = -1;

    /** A client for {@code model} at {@code base} (e.g. {@code server.uri()}). */
    public CompletionClient(URI base, String model) {
        this.base = base;
        this.model = model;
    }

    /** A failed call: the HTTP status and the server's message. */
    public static final class HttpError extends RuntimeException {
        /** The HTTP status, e.g. 400. */
        public final int status;
        /** The server's error code, e.g. {@code context_length_exceeded}. */
        public final String code;

        HttpError(int status, String code, String message) {
            super("HTTP " + status + " (" + code + "): " + message);
            this.status = status;
            this.code = code;
        }
    }

    @Override
    public String name() {
        return model;
    }

    /** The context length the server lists for this model (asked once). */
    @Override
    public int contextLength() {
        if (contextLength < 0) {
            JsonObject list = send(HttpRequest.newBuilder(base.resolve("/v1/models")).GET());
            for (JsonElement m : list.getAsJsonArray("data")) {
                if (m.getAsJsonObject().get("id").getAsString().equals(model)) contextLength = m.getAsJsonObject().get("context_length").getAsInt();
            }
            if (contextLength < 0) throw new HttpError(404, "model_not_found", "the server at " + base + " lists no model " + model);
        }
        return contextLength;
    }

    @Override
    public Completion complete(String prompt, CompletionOptions options) {
        JsonObject body = new JsonObject();
        body.addProperty("model", model);
        body.addProperty("prompt", prompt);
        body.addProperty("max_tokens", options.maxTokens());
        body.addProperty("temperature", options.temperature());
        JsonArray stop = new JsonArray();
        options.stop().forEach(stop::add);
        body.add("stop", stop);
        body.addProperty("seed", options.seed());
        JsonObject reply = post(body.toString());
        JsonObject choice = reply.getAsJsonArray("choices").get(0).getAsJsonObject();
        JsonObject usage = reply.getAsJsonObject("usage");
        return new Completion(choice.get("text").getAsString(), choice.get("finish_reason").getAsString(),
                usage.get("prompt_tokens").getAsInt(), usage.get("completion_tokens").getAsInt());
    }

    /** Posts a raw JSON body to {@code /v1/completions} and returns the parsed reply (for showing the wire format). */
    public JsonObject post(String json) {
        return send(HttpRequest.newBuilder(base.resolve("/v1/completions"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    private JsonObject send(HttpRequest.Builder request) {
        HttpResponse<String> response;
        try {
            response = http.send(request.timeout(Duration.ofMinutes(2)).build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new HttpError(0, "unreachable", "no answer from " + base + " (" + e.getMessage() + "): is the server running?");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new HttpError(0, "interrupted", "the call to " + base + " was interrupted");
        }
        JsonObject json;
        try {
            json = JsonParser.parseString(response.body()).getAsJsonObject();
        } catch (JsonParseException | IllegalStateException e) {
            throw new HttpError(response.statusCode(), "bad_reply", "the server's reply is not a JSON object: " + response.body());
        }
        if (response.statusCode() != 200) {
            JsonObject error = json.getAsJsonObject("error");
            throw new HttpError(response.statusCode(), error == null ? "unknown" : error.get("code").getAsString(),
                    error == null ? response.body() : error.get("message").getAsString());
        }
        return json;
    }
}
