package org.huntlab.dynamics;

/**
 * An optimizer that can take its second-moment estimate from a group of agents ("connected
 * momenta"): v ← β2·v + (1−β2)·mean over the group of g², so every member divides by the
 * same √v and the optimizer does not distort their differences.
 */
public interface SharedMoments extends Optimizer {

    /**
     * One step of x against its own gradient {@code g}, with the second moment fed by
     * {@code meanSquare}, the group's mean of g² per coordinate (computed by every member in
     * the same order, so all members hold bitwise the same v).
     */
    void step(double[] x, double[] g, double[] meanSquare);
}
