package org.huntlab.interaction;

/** How a target reacts to a source: it moves away from it or toward it. */
public enum Action {
    /** Displacement +K(r)·(x_target − x_source)/r: away from the source. */
    FLEE(1),
    /** Displacement −K(r)·(x_target − x_source)/r: toward the source. */
    CHASE(-1);

    private final int sign;

    Action(int sign) {
        this.sign = sign;
    }

    /** +1 for flee, −1 for chase. */
    public int sign() {
        return sign;
    }
}
