/**
 * Finding the passages a question needs: {@link jielong.retrieval.Bm25}, the ranking function of
 * classic search engines written out in a page, and {@link jielong.retrieval.LuceneIndex}, the same
 * ranking by Apache Lucene, the Java ecosystem's search library, whose scores the first is checked
 * against. Both are {@link jielong.retrieval.Retriever}s returning {@link jielong.retrieval.Hit}s.
 */
package jielong.retrieval;
