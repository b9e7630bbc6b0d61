package org.huntlab.learn;

/**
 * The element-wise parts of an {@link MlpWorkspace} pass, run as plain Java loops over heap
 * copies of its ND4J buffers: the gather and scatter of layer 0, bias and ReLU, the losses.
 *
 * <p>Each method copies what it reads out of the native buffers in bulk (a memcpy), loops over
 * heap arrays, which the JIT vectorizes, and copies its result back. Measured on the
 * paper-sized model, this is 2–3 times faster than looping over the live {@code FloatBuffer}
 * views element by element, and faster than the equivalent chain of ND4J ops
 * ({@code pullRows}, {@code unsorted_segment_sum}, {@code relu_bp}), each of which costs a
 * native call and a full pass over memory; ND4J's element-wise ops also leave OpenMP threads
 * spinning that slow the next BLAS call (see {@link FloatHostLoops}). The ReLU mask is applied
 * with bit operations, because a data-dependent branch mispredicts on half of the entries.
 *
 * @implNote Not thread-safe; owned by one workspace.
 */
interface HostLoops {

    /** Copies the parameter vector x into the native parameter buffer. */
    void loadParameters(double[] x);

    /** Copies the native gradient buffer into {@code grad}. */
    void storeGradient(double[] grad);

    /** Layer 0 forward: act_0[i] = T1[a_i] + T2[b_i] + b_0, then ReLU when {@code relu}. */
    void gather(int[] a, int[] b, boolean relu);

    /**
     * Layer 0 backward: masks δ_0 by ReLU' when {@code relu}, then scatter-adds it into
     * dT1[a_i] and dT2[b_i] and sums it over rows into the gradient of b_0.
     */
    void scatter(int[] a, int[] b, boolean relu);

    /** Layer l ≥ 1 forward after its matrix product: act_l += b_l, then ReLU when asked. */
    void addBias(int layer, boolean relu);

    /**
     * Layer l ≥ 1 backward: masks δ_l by ReLU' when asked, and writes Σ_i δ_l[i] as ∂b_l.
     */
    void biasGradient(int layer, boolean relu);

    /**
     * Cross-entropy: counts correct rows, returns
     * (1/n)·Σ_i [log Σ_c e^(z_ic − m_i) − (z_iy − m_i)] with m_i the row maximum, and,
     * when {@code gradient}, writes δ_L = (softmax(z) − onehot)/n.
     */
    double crossEntropy(int[] labels, boolean gradient);

    /**
     * Squared error: counts correct rows, returns (1/n)·Σ_i Σ_c (z_ic − [c = y_i])² and, when
     * {@code gradient}, writes δ_L = 2·(z − onehot(y))/n.
     */
    double squaredError(int[] labels, boolean gradient);

    /** The number of rows whose argmax logit equalled the label in the last loss pass. */
    int correct();
}
