package org.huntlab.dynamics;

/**
 * One agent's update rule: moves its parameters against a gradient.
 *
 * @implNote Not thread-safe; an optimizer holds the moment estimates of one agent and is owned
 *     by that agent alone.
 */
public interface Optimizer {

    /** Moves {@code x} in place by one step given the gradient {@code g} at x. */
    void step(double[] x, double[] g);

    /** The number of steps taken so far. */
    long steps();
}
