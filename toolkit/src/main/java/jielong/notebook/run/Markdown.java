package jielong.notebook.run;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import jielong.notebook.display.Html;

/**
 * Just enough Markdown for the course's notebooks, as HTML: headings, paragraphs, lists, quotes, fenced
 * code, pipe tables, and inline code, bold, italics, links and images. Not CommonMark, and does not try to be.
 */
final class Markdown {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*)$");
    private static final Pattern BULLET = Pattern.compile("^\\s*[-*+]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^\\s*\\d+[.)]\\s+(.*)$");
    private static final Pattern TABLE_RULE = Pattern.compile("^\\s*\\|?\\s*:?-{3,}.*$");

    private Markdown() {
    }

    static String toHtml(String markdown) {
        List<String> lines = markdown.lines().toList();
        StringBuilder html = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i);
            Matcher heading = HEADING.matcher(line);
            if (line.isBlank()) {
                i++;
            } else if (line.startsWith("```")) {
                html.append("<pre><code>");
                for (i++; i < lines.size() && !lines.get(i).startsWith("```"); i++) {
                    html.append(Html.escape(lines.get(i))).append('\n');
                }
                html.append("</code></pre>\n");
                i++;
            } else if (heading.matches()) {
                int level = heading.group(1).length();
                html.append("<h").append(level).append('>').append(inline(heading.group(2)))
                        .append("</h").append(level).append(">\n");
                i++;
            } else if (line.trim().startsWith("|") && i + 1 < lines.size() && TABLE_RULE.matcher(lines.get(i + 1)).matches()) {
                html.append("<table>\n<tr>");
                cells(line).forEach(c -> html.append("<th>").append(inline(c)).append("</th>"));
                html.append("</tr>\n");
                for (i += 2; i < lines.size() && lines.get(i).trim().startsWith("|"); i++) {
                    html.append("<tr>");
                    cells(lines.get(i)).forEach(c -> html.append("<td>").append(inline(c)).append("</td>"));
                    html.append("</tr>\n");
                }
                html.append("</table>\n");
            } else if (BULLET.matcher(line).matches() || NUMBERED.matcher(line).matches()) {
                boolean numbered = NUMBERED.matcher(line).matches();
                Pattern item = numbered ? NUMBERED : BULLET;
                html.append(numbered ? "<ol>\n" : "<ul>\n");
                for (; i < lines.size() && item.matcher(lines.get(i)).matches(); i++) {
                    Matcher m = item.matcher(lines.get(i));
                    m.matches();
                    html.append("<li>").append(inline(m.group(1))).append("</li>\n");
                }
                html.append(numbered ? "</ol>\n" : "</ul>\n");
            } else if (line.startsWith(">")) {
                StringBuilder quote = new StringBuilder();
                for (; i < lines.size() && lines.get(i).startsWith(">"); i++) {
                    quote.append(lines.get(i).substring(1).strip()).append('\n');
                }
                html.append("<blockquote>").append(toHtml(quote.toString())).append("</blockquote>\n");
            } else {
                StringBuilder paragraph = new StringBuilder();
                for (; i < lines.size() && startsParagraphLine(lines.get(i)); i++) {
                    paragraph.append(lines.get(i).strip()).append('\n');
                }
                html.append("<p>").append(inline(paragraph.toString().strip())).append("</p>\n");
            }
        }
        return html.toString();
    }

    private static boolean startsParagraphLine(String line) {
        return !line.isBlank() && !line.startsWith("```") && !line.startsWith("#") && !line.startsWith(">")
                && !line.trim().startsWith("|") && !BULLET.matcher(line).matches() && !NUMBERED.matcher(line).matches();
    }

    private static List<String> cells(String row) {
        String trimmed = row.trim();
        trimmed = trimmed.substring(1, trimmed.endsWith("|") ? trimmed.length() - 1 : trimmed.length());
        return List.of(trimmed.split("\\|")).stream().map(String::strip).toList();
    }

    /** Inline marks, after escaping; code spans first so their contents stay literal. */
    static String inline(String text) {
        StringBuilder out = new StringBuilder();
        String[] parts = text.split("`", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i % 2 == 1 && i < parts.length - 1) {
                out.append("<code>").append(Html.escape(parts[i])).append("</code>");
            } else {
                out.append(marks(Html.escape(i % 2 == 1 ? "`" + parts[i] : parts[i])));
            }
        }
        return out.toString();
    }

    private static String marks(String s) {
        return s.replaceAll("!\\[([^\\]]*)\\]\\(([^)\\s]+)\\)", "<img alt=\"$1\" src=\"$2\">")
                .replaceAll("\\[([^\\]]+)\\]\\(([^)\\s]+)\\)", "<a href=\"$2\">$1</a>")
                .replaceAll("\\*\\*(.+?)\\*\\*", "<strong>$1</strong>")
                .replaceAll("(?<![\\w*])\\*(?!\\s)(.+?)(?<!\\s)\\*(?![\\w*])", "<em>$1</em>")
                .replaceAll("(?<!\\w)_(?!\\s)(.+?)(?<!\\s)_(?!\\w)", "<em>$1</em>");
    }
}
