/**
 * gpt's {@code Read} and {@code Write} operators for the headless engine, and what the graph
 * runner and the launcher know about operators: {@link org.dlinsar.lite.graph.OperatorInfo}
 * (annotations read by reflection, parameter text converted for {@code GPF.createProduct}),
 * {@link org.dlinsar.lite.graph.ProductFiles} (reading a source with one clear message),
 * {@link org.dlinsar.lite.graph.NodeIds} (a graph node's id given to its operator),
 * {@link org.dlinsar.lite.graph.OperatorDisposal} (an operator disposed as a graph node is) and
 * {@link org.dlinsar.lite.graph.SourceOverwriteCheck} (refusing a target that is a source).
 */
package org.dlinsar.lite.graph;
