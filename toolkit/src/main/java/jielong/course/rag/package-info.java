/**
 * Lesson 12, knowledge bases and retrieval (检索增强生成): the question-answering GPT of lesson 11
 * answers from a passage a retriever found ({@link jielong.course.rag.Rag}), cited by its id, and the
 * lesson measures what that adds, by how often the model saw a fact in training and on facts it
 * never saw ({@link jielong.course.rag.RagStudy}).
 */
package jielong.course.rag;
