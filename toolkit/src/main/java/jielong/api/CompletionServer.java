package jielong.api;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * Models behind an HTTP endpoint on the loopback address, in the shape of the common completions
 * APIs: {@code POST /v1/completions} with {@code {"model", "prompt", "max_tokens", "temperature",
 * "stop", "seed"}} returns {@code {"choices": [{"text", "finish_reason"}], "usage": {...}}}, and
 * {@code GET /v1/models} lists the models. A bad request (JSON that does not parse, a missing prompt,
 * an unknown model, a prompt longer than the context) gets a 4xx status and {@code {"error":
 * {"message", "type", "code"}}}; the server goes on serving. Requests are answered one at a time.
 */
public final class CompletionServer implements AutoCloseable {
    /** The largest request body read, bytes. */
    public static final int MAX_BODY_BYTES = 1 << 20;
    /** Tokens written when a request does not say (as in the common APIs). */
    public static final int DEFAULT_MAX_TOKENS = 16;

    private final Map<String, CompletionModel> models = new LinkedHashMap<>();
    private final HttpServer server;
    private final ExecutorService executor;
    private final AtomicLong requests = new AtomicLong();

    private CompletionServer(List<CompletionModel> list, int port) throws IOException {
        if (list.isEmpty()) throw new IllegalArgumentException("give at least one model to serve");
        for (CompletionModel m : list) {
            if (models.putIfAbsent(m.name(), m) != null) throw new IllegalArgumentException("two models are named " + m.name());
        }
        if (port < 0 || port > 65535) throw new IllegalArgumentException("port must be 0 (any free port) to 65535, got " + port);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 16);
        executor = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "completion-server");
            t.setDaemon(true);
            return t;
        });
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    /**
     * Starts serving on the loopback address at {@code port} (0: a free port the system picks).
     *
     * @throws IOException when the port is taken
     */
    public static CompletionServer start(int port, CompletionModel... models) throws IOException {
        return new CompletionServer(List.of(models), port);
    }

    /** The port it listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The base address, {@code http://<loopback>:<port>}. */
    public URI uri() {
        return URI.create("http://" + server.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    /** Requests answered so far, errors included. */
    public long requests() {
        return requests.get();
    }

    /** Stops listening and waits for the request in progress, if any. */
    @Override
    public void close() {
        server.stop(0);
        executor.shutdown();
    }

    private void handle(HttpExchange exchange) throws IOException {
        requests.incrementAndGet();
        try (exchange) {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            Reply reply;
            try {
                if (path.equals("/v1/completions")) {
                    reply = method.equals("POST") ? complete(exchange.getRequestBody())
                            : Reply.error(405, "method_not_allowed", path + " takes POST, got " + method);
                } else if (path.equals("/v1/models")) {
                    reply = method.equals("GET") ? listModels()
                            : Reply.error(405, "method_not_allowed", path + " takes GET, got " + method);
                } else {
                    reply = Reply.error(404, "not_found", "no endpoint " + path + ": use POST /v1/completions or GET /v1/models");
                }
            } catch (BadRequest e) {
                reply = Reply.error(e.status, e.code, e.getMessage());
            } catch (RuntimeException e) {
                reply = Reply.error(500, "server_error", "the model failed on this request: " + e);
            }
            if (reply.status == 405) exchange.getResponseHeaders().set("Allow", path.equals("/v1/models") ? "GET" : "POST");
            byte[] body = reply.json.toString().getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
            exchange.sendResponseHeaders(reply.status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    private Reply listModels() {
        JsonArray data = new JsonArray();
        for (CompletionModel m : models.values()) {
            JsonObject o = new JsonObject();
            o.addProperty("id", m.name());
            o.addProperty("object", "model");
            o.addProperty("context_length", m.contextLength());
            data.add(o);
        }
        JsonObject list = new JsonObject();
        list.addProperty("object", "list");
        list.add("data", data);
        return new Reply(200, list);
    }

    private Reply complete(InputStream in) throws IOException {
        byte[] raw = in.readNBytes(MAX_BODY_BYTES + 1);
        if (raw.length > MAX_BODY_BYTES) throw new BadRequest(413, "request_too_large", "the request is over " + MAX_BODY_BYTES + " bytes");
        JsonObject request;
        try {
            JsonElement parsed = JsonParser.parseString(new String(raw, StandardCharsets.UTF_8));
            if (!parsed.isJsonObject()) throw new BadRequest(400, "invalid_json", "the body must be a JSON object, e.g. {\"prompt\": \"Q: ...\"}");
            request = parsed.getAsJsonObject();
        } catch (JsonParseException e) {
            throw new BadRequest(400, "invalid_json", "the body is not valid JSON: " + where(e));
        }
        CompletionModel model = model(request);
        String prompt = string(request, "prompt", null);
        if (prompt == null) throw new BadRequest(400, "missing_prompt", "the request needs a \"prompt\" (a string)");
        CompletionOptions options;
        try {
            options = new CompletionOptions(number(request, "temperature", 1.0), (int) number(request, "max_tokens", DEFAULT_MAX_TOKENS),
                    stop(request), (long) number(request, "seed", 0));
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "invalid_parameter", e.getMessage());
        }
        Completion c;
        try {
            c = model.complete(prompt, options);
        } catch (CompletionModel.PromptTooLong e) {
            throw new BadRequest(400, "context_length_exceeded", e.getMessage());
        } catch (IllegalArgumentException e) {
            throw new BadRequest(400, "invalid_prompt", e.getMessage());
        }
        JsonObject choice = new JsonObject();
        choice.addProperty("text", c.text());
        choice.addProperty("index", 0);
        choice.addProperty("finish_reason", c.finishReason());
        JsonArray choices = new JsonArray();
        choices.add(choice);
        JsonObject usage = new JsonObject();
        usage.addProperty("prompt_tokens", c.promptTokens());
        usage.addProperty("completion_tokens", c.completionTokens());
        usage.addProperty("total_tokens", c.totalTokens());
        JsonObject out = new JsonObject();
        out.addProperty("id", "cmpl-" + requests.get());
        out.addProperty("object", "text_completion");
        out.addProperty("model", model.name());
        out.add("choices", choices);
        out.add("usage", usage);
        return new Reply(200, out);
    }

    /** The parser's own words, first line only and without its exception class (it adds a help link on a second line). */
    private static String where(JsonParseException e) {
        Throwable cause = e.getCause() != null ? e.getCause() : e;
        String m = String.valueOf(cause.getMessage());
        return m.lines().findFirst().orElse(m).replaceFirst("^[\\w.]+Exception: ", "");
    }

    private CompletionModel model(JsonObject request) {
        String name = string(request, "model", null);
        if (name == null) {
            if (models.size() == 1) return models.values().iterator().next();
            throw new BadRequest(400, "missing_model", "say which \"model\": one of " + models.keySet());
        }
        CompletionModel m = models.get(name);
        if (m == null) throw new BadRequest(404, "model_not_found", "no model named \"" + name + "\": this server has " + models.keySet());
        return m;
    }

    private static String string(JsonObject o, String key, String otherwise) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return otherwise;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isString()) {
            throw new BadRequest(400, "invalid_parameter", "\"" + key + "\" must be a string, got " + e);
        }
        return e.getAsString();
    }

    private static double number(JsonObject o, String key, double otherwise) {
        JsonElement e = o.get(key);
        if (e == null || e.isJsonNull()) return otherwise;
        if (!e.isJsonPrimitive() || !e.getAsJsonPrimitive().isNumber()) {
            throw new BadRequest(400, "invalid_parameter", "\"" + key + "\" must be a number, got " + e);
        }
        return e.getAsDouble();
    }

    private static List<String> stop(JsonObject o) {
        JsonElement e = o.get("stop");
        if (e == null || e.isJsonNull()) return List.of();
        if (e.isJsonPrimitive() && e.getAsJsonPrimitive().isString()) return List.of(e.getAsString());
        if (e.isJsonArray()) {
            List<String> out = new java.util.ArrayList<>();
            for (JsonElement s : e.getAsJsonArray()) {
                if (!s.isJsonPrimitive() || !s.getAsJsonPrimitive().isString()) {
                    throw new BadRequest(400, "invalid_parameter", "\"stop\" must be a string or a list of strings, got " + e);
                }
                out.add(s.getAsString());
            }
            return out;
        }
        throw new BadRequest(400, "invalid_parameter", "\"stop\" must be a string or a list of strings, got " + e);
    }

    /** A status and a JSON body. */
    private record Reply(int status, JsonObject json) {
        static Reply error(int status, String code, String message) {
            JsonObject error = new JsonObject();
            error.addProperty("message", message);
            error.addProperty("type", status >= 500 ? "server_error" : "invalid_request_error");
            error.addProperty("code", code);
            JsonObject out = new JsonObject();
            out.add("error", error);
            return new Reply(status, out);
        }
    }

    /** A request the server refuses, with the status and code to send. */
    private static final class BadRequest extends RuntimeException {
        final int status;
        final String code;

        BadRequest(int status, String code, String message) {
            super(message);
            this.status = status;
            this.code = code;
        }
    }
}
