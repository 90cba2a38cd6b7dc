package jielong.retrieval;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * A search index in memory, built by Apache Lucene: passages analysed by its standard analyser (words
 * split and lower-cased), ranked by its BM25 similarity (k1 = 1.2, b = 0.75). A query's terms are each
 * a clause that may match, as a search box treats words.
 */
public final class LuceneIndex implements Retriever, AutoCloseable {
    private static final String ID = "id", TEXT = "text";
    /**
     * Lucene says on every start, through java.util.logging, that Java 17's Vector API is too old for
     * it; it then uses its plain code, which is all an index of this size needs. Held here, so the
     * setting is not collected with the logger.
     */
    private static final java.util.logging.Logger VECTOR_NOTICE = quiet("org.apache.lucene.internal.vectorization.VectorizationProvider");

    private static java.util.logging.Logger quiet(String name) {
        java.util.logging.Logger l = java.util.logging.Logger.getLogger(name);
        l.setLevel(java.util.logging.Level.OFF);
        return l;
    }
    private final Analyzer analyzer = new StandardAnalyzer();
    private final ByteBuffersDirectory directory = new ByteBuffersDirectory();
    private final IndexWriter writer;
    private DirectoryReader reader;
    private int size;

    /** An empty index. */
    public LuceneIndex() {
        try {
            writer = new IndexWriter(directory, new IndexWriterConfig(analyzer));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Adds a passage under an id. */
    public LuceneIndex add(String id, String text) {
        Document d = new Document();
        d.add(new StringField(ID, id, Field.Store.YES));
        d.add(new TextField(TEXT, text, Field.Store.NO));
        d.add(new StoredField("stored", text));
        try {
            writer.addDocument(d);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        size++;
        return this;
    }

    /**
     * An index of a folder of one's own: every {@code .txt} and {@code .md} file under it, cut into
     * passages at blank lines, each passage's id {@code <file>#<n>} (n from 1).
     *
     * @throws IllegalArgumentException when the folder does not exist or holds no text file, or a file is not UTF-8
     */
    public static LuceneIndex ofFolder(Path folder) {
        if (!Files.isDirectory(folder)) throw new IllegalArgumentException(folder + " is not a folder: give a folder of .txt or .md files");
        LuceneIndex index = new LuceneIndex();
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder)) {
            files = walk.filter(Files::isRegularFile).filter(p -> p.toString().endsWith(".txt") || p.toString().endsWith(".md")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("could not list " + folder + ": " + e.getMessage(), e);
        }
        if (files.isEmpty()) throw new IllegalArgumentException(folder + " holds no .txt or .md file: put your notes there, one passage per paragraph");
        for (Path f : files) {
            String text;
            try {
                text = Files.readString(f);
            } catch (MalformedInputException e) {
                throw new IllegalArgumentException(f + " is not UTF-8 text: save it as UTF-8, or remove it from the folder", e);
            } catch (IOException e) {
                throw new UncheckedIOException("could not read " + f + ": " + e.getMessage(), e);
            }
            int n = 0;
            for (String passage : text.split("\\R\\s*\\R")) {
                String p = passage.strip().replaceAll("\\s+", " ");
                if (!p.isEmpty()) index.add(folder.relativize(f) + "#" + (++n), p);
            }
        }
        return index;
    }

    /** Passages indexed. */
    public int size() {
        return size;
    }

    /** The terms Lucene's analyser makes of a text. */
    public List<String> terms(String text) {
        List<String> out = new ArrayList<>();
        try (TokenStream ts = analyzer.tokenStream(TEXT, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) out.add(term.toString());
            ts.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public List<Hit> search(String query, int k) {
        if (k < 1) throw new IllegalArgumentException("ask for at least 1 passage, got k = " + k);
        if (size == 0) return List.of();
        BooleanQuery.Builder q = new BooleanQuery.Builder();
        List<String> terms = terms(query);
        if (terms.isEmpty()) return List.of();
        for (String t : terms) q.add(new TermQuery(new Term(TEXT, t)), BooleanClause.Occur.SHOULD);
        try {
            IndexSearcher searcher = new IndexSearcher(reader());
            List<Hit> hits = new ArrayList<>();
            for (ScoreDoc sd : searcher.search(q.build(), k).scoreDocs) {
                Document d = searcher.storedFields().document(sd.doc);
                hits.add(new Hit(d.get(ID), sd.score, d.get("stored")));
            }
            return hits;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IndexSearcher.TooManyClauses e) {
            throw new IllegalArgumentException("the query has " + terms.size() + " words, more than Lucene allows: shorten it", e);
        }
    }

    private DirectoryReader reader() throws IOException {
        if (reader == null || writer.hasUncommittedChanges()) {
            writer.commit();
            DirectoryReader newer = reader == null ? DirectoryReader.open(directory) : DirectoryReader.openIfChanged(reader);
            if (newer != null) {
                if (reader != null) reader.close();
                reader = newer;
            }
        }
        return reader;
    }

    @Override
    public void close() {
        try {
            if (reader != null) reader.close();
            writer.close();
            directory.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
