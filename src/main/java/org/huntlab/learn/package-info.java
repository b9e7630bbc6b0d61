/**
 * Learned landscapes: the grokking workload of Power et al. (2022), a ∘ b mod p learned from a
 * fraction of all pairs.
 *
 * <p>{@link org.huntlab.learn.ModularArithmetic} is the dataset and its seeded split,
 * {@link org.huntlab.learn.Mlp} the model and its flat parameter layout,
 * {@link org.huntlab.learn.Loss} the objective, and {@link org.huntlab.learn.LearnedLandscape}
 * puts them together as a {@link org.huntlab.landscape.Landscape} whose per-agent oracles run
 * the forward and backward pass on preallocated ND4J buffers.
 * {@link org.huntlab.learn.StepBenchmark} measures one full-batch step against the machine's
 * sgemm rate.
 */
package org.huntlab.learn;
