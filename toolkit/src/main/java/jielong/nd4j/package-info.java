/**
 * The bridge to ND4J, Java's NumPy: lessons do linear algebra step by step in ND4J and hand the
 * arrays to the toolkit. Only this package names ND4J, so training never loads it or its natives.
 */
package jielong.nd4j;
