package jielong.notebook.run;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import jielong.notebook.display.Html;
import jielong.notebook.display.MimeBundle;

/**
 * A static HTML page of an executed notebook, for reading in any browser: markdown as text, code with
 * its outputs, images inline. For each output it shows the richest format it knows, as Jupyter would.
 */
final class HtmlPage {

    private static final String[] PREFERENCE = {
        MimeBundle.HTML, MimeBundle.SVG, MimeBundle.PNG, "image/jpeg", MimeBundle.MARKDOWN, MimeBundle.TEXT};

    private static final String STYLE = String.join("\n",
            "body { font-family: system-ui, sans-serif; max-width: 60rem; margin: 2rem auto; padding: 0 1rem;",
            "       line-height: 1.5; color: #222; }",
            "pre { background: #f6f8fa; padding: .6rem .8rem; overflow-x: auto; border-radius: 4px; }",
            ".cell { margin: 1rem 0; }",
            ".prompt { color: #888; font-family: monospace; font-size: .85rem; }",
            ".output pre { background: none; border-left: 3px solid #ddd; }",
            ".stderr pre { background: #fff5f5; }",
            ".error pre { background: #fdd; border-left-color: #c00; }",
            "table { border-collapse: collapse; } th, td { border: 1px solid #ccc; padding: .2rem .5rem; }",
            "img { max-width: 100%; }");

    private HtmlPage() {
    }

    static void write(NotebookFile notebook, String title, Path path) throws IOException {
        Path parent = path.toAbsolutePath().getParent();
        if (parent != null) {
            Files.createDirectories(parent);
        }
        Files.writeString(path, render(notebook, title));
    }

    static String render(NotebookFile notebook, String title) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\">\n<title>")
                .append(Html.escape(title)).append("</title>\n<style>\n").append(STYLE).append("\n</style>\n</head><body>\n");
        for (JsonObject cell : notebook.cells()) {
            String source = NotebookFile.source(cell);
            switch (NotebookFile.type(cell)) {
                case "markdown":
                    html.append("<div class=\"cell markdown\">\n").append(Markdown.toHtml(source)).append("</div>\n");
                    break;
                case "code":
                    code(cell, source, html);
                    break;
                default:
                    html.append("<pre>").append(Html.escape(source)).append("</pre>\n");
            }
        }
        return html.append("</body></html>\n").toString();
    }

    private static void code(JsonObject cell, String source, StringBuilder html) {
        JsonElement count = cell.get("execution_count");
        String prompt = count == null || count.isJsonNull() ? " " : count.getAsString();
        html.append("<div class=\"cell code\">\n<div class=\"prompt\">In [").append(prompt).append("]:</div>\n")
                .append("<pre><code>").append(Html.escape(source)).append("</code></pre>\n");
        if (cell.has("outputs")) {
            for (JsonElement o : cell.getAsJsonArray("outputs")) {
                output(o.getAsJsonObject(), html);
            }
        }
        html.append("</div>\n");
    }

    private static void output(JsonObject output, StringBuilder html) {
        switch (output.get("output_type").getAsString()) {
            case "stream":
                html.append("<div class=\"output ").append(output.get("name").getAsString()).append("\"><pre>")
                        .append(Html.escape(NotebookFile.text(output.get("text")))).append("</pre></div>\n");
                break;
            case "error":
                StringBuilder trace = new StringBuilder();
                output.getAsJsonArray("traceback").forEach(l -> trace.append(l.getAsString()).append('\n'));
                html.append("<div class=\"output error\"><pre>").append(Html.escape(trace.toString()))
                        .append("</pre></div>\n");
                break;
            default:
                html.append("<div class=\"output\">").append(richest(output.getAsJsonObject("data"))).append("</div>\n");
        }
    }

    private static String richest(JsonObject data) {
        for (String mime : PREFERENCE) {
            if (!data.has(mime)) {
                continue;
            }
            String value = NotebookFile.text(data.get(mime));
            switch (mime) {
                case MimeBundle.HTML:
                case MimeBundle.SVG:
                    return value;
                case MimeBundle.MARKDOWN:
                    return Markdown.toHtml(value);
                case MimeBundle.TEXT:
                    return "<pre>" + Html.escape(value) + "</pre>";
                default:
                    return "<img src=\"data:" + mime + ";base64," + value.replace("\n", "") + "\">";
            }
        }
        return "";
    }
}
