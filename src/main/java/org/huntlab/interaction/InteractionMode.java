package org.huntlab.interaction;

/** How the interaction meets the optimizer. */
public enum InteractionMode {
    /**
     * Optimizer step first, then the displacement η·Σ ±K(r)·e computed from everyone's
     * post-step positions; the displacement bypasses the optimizer's moments.
     */
    SPLIT,
    /**
     * The force Σ ±K(r)·e, computed from everyone's positions at the start of the round, is
     * subtracted (times the weight η) from the gradient the optimizer sees: g' = ∇f − η·F.
     * Adam then rescales it like any gradient component.
     */
    FORCE
}
