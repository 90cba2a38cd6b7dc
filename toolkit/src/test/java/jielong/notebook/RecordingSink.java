package jielong.notebook;

import java.util.ArrayList;
import java.util.List;
import jielong.notebook.display.MimeBundle;
import jielong.notebook.display.OutputSink;

/** A sink that keeps everything a cell sends, for tests to look at. */
public final class RecordingSink implements OutputSink {

    /** One thing a cell sent: a kind (stdout, stderr, display, update), a display id, and the content. */
    public record Event(String kind, String displayId, MimeBundle bundle, String text) {
    }

    public final List<Event> events = new ArrayList<>();

    @Override
    public synchronized void stream(String name, String text) {
        events.add(new Event(name, null, null, text));
    }

    @Override
    public synchronized void display(MimeBundle bundle, String displayId) {
        events.add(new Event("display", displayId, bundle, null));
    }

    @Override
    public synchronized void updateDisplay(MimeBundle bundle, String displayId) {
        events.add(new Event("update", displayId, bundle, null));
    }

    /** All text printed to {@code name} ("stdout" or "stderr"), joined. */
    public synchronized String printed(String name) {
        StringBuilder text = new StringBuilder();
        events.stream().filter(e -> e.kind().equals(name)).forEach(e -> text.append(e.text()));
        return text.toString();
    }

    public synchronized List<MimeBundle> displays() {
        return events.stream().filter(e -> e.kind().equals("display")).map(Event::bundle).toList();
    }
}
