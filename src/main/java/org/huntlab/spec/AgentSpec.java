package org.huntlab.spec;

import java.util.List;

/**
 * One entry of {@code agents:}.
 *
 * @param id a unique id (letters, digits, '-', '_')
 * @param role {@code prey}, {@code predator}, {@code walker} or a user-named role (default
 *     walker)
 * @param optimizer its update rule (default sgd)
 * @param init where it starts (default a seeded random point of the landscape)
 */
public record AgentSpec(String id, String role, OptimizerSpec optimizer, InitSpec init) {

    /** The roles huntlab knows by name; any other word is a user-named role. */
    public static final List<String> KNOWN_ROLES = List.of("prey", "predator", "walker");

    /** Fills defaults and checks the id. */
    public AgentSpec {
        Fields.required(id, "id");
        if (!id.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("id must use letters, digits, '-' and '_', got '"
                    + id + "'");
        }
        role = Fields.orDefault(role, "walker");
        if (!role.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("role must use letters, digits, '-' and '_', got '"
                    + role + "'");
        }
        optimizer = Fields.orDefault(optimizer, new OptimizerSpec.SgdSpec(null, null, null));
        init = Fields.orDefault(init, new InitSpec(null, null, null));
    }

    /**
     * An agent's {@code init:}: an explicit position, or a copy of another agent moved by
     * {@code offset} in a seeded random direction, or (neither) a random point.
     *
     * @param position explicit coordinates, one per dimension
     * @param from the id of the agent to copy
     * @param offset the distance of the copy from that agent (default 0)
     */
    public record InitSpec(List<Double> position, String from, Double offset) {

        /** Checks that at most one way to start is given. */
        public InitSpec {
            position = position == null ? null : List.copyOf(position);
            if (position != null && from != null) {
                throw new IllegalArgumentException("give either position or from, not both");
            }
            if (offset != null && from == null) {
                throw new IllegalArgumentException("offset needs from: the agent to copy");
            }
            offset = from == null ? null : Fields.nonNegative(Fields.orDefault(offset, 0.0),
                    "offset");
        }
    }
}
