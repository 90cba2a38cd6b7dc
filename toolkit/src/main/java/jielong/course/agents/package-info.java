/**
 * Lesson 13, agents (智能体): lesson 11's question-answering GPT inside an agent loop of
 * {@link jielong.agent}, where rules ({@link jielong.course.agents.Rules}) pick a calculator, a unit
 * converter or retrieval over lesson 12's knowledge base, and call the model only for language; and
 * the measurement on a fixed task set ({@link jielong.course.agents.TaskSet}) of the bare model, the
 * model with each tool, the full agent and a majority vote, with their costs
 * ({@link jielong.course.agents.AgentStudy}).
 */
package jielong.course.agents;
