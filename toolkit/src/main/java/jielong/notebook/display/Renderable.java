package jielong.notebook.display;

/** A toolkit object that knows how to show itself in a notebook, e.g. as HTML with a text fallback. */
public interface Renderable {

    /** This object's output, in one or more formats. */
    MimeBundle toMimeBundle();
}
