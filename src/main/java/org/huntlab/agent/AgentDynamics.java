package org.huntlab.agent;

import java.util.Arrays;
import java.util.Map;
import org.apache.commons.rng.UniformRandomProvider;
import org.huntlab.dynamics.Optimizer;
import org.huntlab.dynamics.SharedMoments;
import org.huntlab.interaction.Interaction;
import org.huntlab.landscape.Evaluation;
import org.huntlab.landscape.Landscape;
import org.huntlab.landscape.Oracle;

/**
 * The arithmetic of one agent, without messages: its position x, gradient g = ∇f(x), the
 * force F = Σ ±K(r)·e, the optimizer step and the split interaction step x ← x + η·F.
 *
 * <p>The {@link Agent} actor, the {@link Cohort} actor and plain loops (the actor-overhead
 * benchmark) all drive this class, so they compute bit for bit the same numbers.
 *
 * @implNote Not thread-safe: it holds the agent's mutable position, gradient and optimizer
 *     state, and is owned by exactly one actor or loop. {@link #position()} hands out copies.
 */
public final class AgentDynamics {

    private final AgentPlan plan;
    private final Landscape landscape;
    private final Oracle oracle;
    private final Optimizer optimizer;
    private final double[] x;
    private final double[] grad;
    private final double[] push;
    private final int[] blocks;
    private final boolean perLayer;
    private double lastLoss = Double.NaN;
    private long gradientCalls;

    /** The dynamics of {@code plan} on {@code landscape}, all randomness drawn from rng. */
    public AgentDynamics(AgentPlan plan, Landscape landscape, UniformRandomProvider rng) {
        this(plan, landscape, rng, false);
    }

    /**
     * Dynamics whose interaction acts block by block ({@code perLayer}: each of the
     * landscape's parameter blocks keeps its own distance and direction) or on the whole
     * vector.
     */
    public AgentDynamics(AgentPlan plan, Landscape landscape, UniformRandomProvider rng,
                         boolean perLayer) {
        this.plan = plan;
        this.landscape = landscape;
        this.oracle = landscape.oracle(rng);
        this.optimizer = plan.optimizer().apply(rng);
        this.x = plan.start().clone();
        this.grad = new double[x.length];
        this.push = new double[x.length];
        this.blocks = landscape.blocks();
        this.perLayer = perLayer;
    }

    /** The plan this agent follows. */
    public AgentPlan plan() {
        return plan;
    }

    /** True when the optimizer keeps a second moment that a group can share. */
    public boolean sharesMoments() {
        return optimizer instanceof SharedMoments;
    }

    /** Computes g = ∇f(x) (counted as one gradient call) and returns the loss f(x). */
    public double gradient() {
        lastLoss = oracle.gradient(x, grad);
        gradientCalls++;
        return lastLoss;
    }

    /** Computes the force F = Σ ±K(r)·e of the sources at {@code positions} (η = 1). */
    public void force(Map<String, double[]> positions) {
        Arrays.fill(push, 0);
        accumulate(positions, 1.0);
    }

    /** Folds the last force into the gradient: g ← g − η·F (force mode). */
    public void applyForce(double eta) {
        for (int i = 0; i < x.length; i++) {
            grad[i] -= eta * push[i];
        }
    }

    /** Moves x by the optimizer's step against g. */
    public void optimize() {
        optimizer.step(x, grad);
    }

    /** Moves x by the optimizer's step against g with the group's mean square g² (Adam). */
    public void optimize(double[] meanSquare) {
        ((SharedMoments) optimizer).step(x, grad, meanSquare);
    }

    /** The split interaction step x ← x + η·Σ ±K(r)·e from the sources at positions. */
    public void interact(Map<String, double[]> positions, double eta) {
        Arrays.fill(push, 0);
        accumulate(positions, eta);
        for (int i = 0; i < x.length; i++) {
            x[i] += push[i];
        }
    }

    private void accumulate(Map<String, double[]> positions, double eta) {
        if (perLayer) {
            Interaction.accumulateByBlock(x, plan.couplings(), positions, eta, push, blocks);
        } else {
            Interaction.accumulate(x, plan.couplings(), positions, eta, push);
        }
    }

    /** Moves the agent to {@code target}. */
    public void place(double[] target) {
        System.arraycopy(target, 0, x, 0, x.length);
    }

    /** Train and test metrics at x. */
    public Evaluation evaluate() {
        return landscape.evaluate(x);
    }

    /** A copy of x. */
    public double[] position() {
        return x.clone();
    }

    /** The i-th coordinate of x. */
    public double coordinate(int i) {
        return x[i];
    }

    /** A copy of the last gradient g. */
    public double[] gradientCopy() {
        return grad.clone();
    }

    /** The last gradient g itself, read-only by contract (for the group's mean square). */
    double[] gradientView() {
        return grad;
    }

    /** The loss seen by the last gradient call (NaN before the first). */
    public double lastLoss() {
        return lastLoss;
    }

    /** The gradient calls made so far. */
    public long gradientCalls() {
        return gradientCalls;
    }

    /** True when every coordinate of x is finite. */
    public boolean isFinite() {
        for (double d : x) {
            if (!Double.isFinite(d)) {
                return false;
            }
        }
        return true;
    }
}
