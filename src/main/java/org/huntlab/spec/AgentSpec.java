package org.huntlab.spec;

import java.util.List;

/**
 * One entry of {@code agents:}, which may stand for {@code count} agents alike.
 *
 * @param id a unique id (letters, digits, '-', '_'); with a count, the entry's members get
 *     the ids {@code ID-1} to {@code ID-N} and {@code ID} names them all in couplings
 * @param role {@code prey}, {@code predator}, {@code walker} or a user-named role (default
 *     walker)
 * @param optimizer its update rule (default sgd)
 * @param init where it starts (default a seeded random point of the landscape)
 * @param placement when given, the agent is dormant until placed next to another agent, and
 *     may be re-placed periodically (null for none)
 * @param count when given, the entry stands for this many agents ≥ 1, each with its own
 *     random stream (null: one agent called {@code id}); not with a placement
 */
public record AgentSpec(String id, String role, OptimizerSpec optimizer, InitSpec init,
                        PlacementSpec placement, Integer count) {

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
        optimizer = Fields.orDefault(optimizer, new OptimizerSpec.SgdSpec(null, null, null, null));
        init = Fields.orDefault(init, new InitSpec(null, null, null));
        if (count != null && count < 1) {
            throw new IllegalArgumentException("count must be ≥ 1 (the number of agents this "
                    + "entry stands for), got " + count + "; leave it out for one agent");
        }
        if (count != null && placement != null) {
            throw new IllegalArgumentException("count cannot be combined with a placement; "
                    + "list placed agents one by one");
        }
    }

    /** One agent, not counted. */
    public AgentSpec(String id, String role, OptimizerSpec optimizer, InitSpec init,
                     PlacementSpec placement) {
        this(id, role, optimizer, init, placement, null);
    }

    /** The ids of the agents this entry stands for: {@code id}, or ID-1 to ID-count. */
    public List<String> memberIds() {
        if (count == null) {
            return List.of(id);
        }
        java.util.List<String> ids = new java.util.ArrayList<>(count);
        for (int k = 1; k <= count; k++) {
            ids.add(memberId(k));
        }
        return ids;
    }

    /** The id of member k (from 1) of a counted entry. */
    public String memberId(int k) {
        return id + "-" + k;
    }

    /**
     * An agent's {@code placement:}: x = scale·x_from + offset·u (u a seeded random unit
     * vector), first at round {@code at} — a number ≥ 1, or {@code memorized}: right after
     * {@code from} reaches train accuracy {@code memorized} — then every {@code every} rounds.
     *
     * @param from the agent to place next to
     * @param scale multiplies from's position (default 1)
     * @param offset length of the random displacement (default 0)
     * @param at the first round, or memorized (default memorized)
     * @param every rounds between re-placements, 0 for once (default 0)
     * @param memorized the train accuracy that counts as memorized (default 0.99)
     * @param lag copy from's position this many rounds back (default 0)
     */
    public record PlacementSpec(String from, Double scale, Double offset, String at,
                                Long every, Double memorized, Integer lag) {

        /** The word for "when from memorizes". */
        public static final String MEMORIZED = "memorized";

        /** Fills defaults and checks ranges. */
        public PlacementSpec {
            Fields.required(from, "from");
            scale = Fields.orDefault(scale, 1.0);
            if (!Double.isFinite(scale)) {
                throw new IllegalArgumentException("scale must be a finite number, got "
                        + scale);
            }
            offset = Fields.nonNegative(Fields.orDefault(offset, 0.0), "offset");
            at = Fields.orDefault(at, MEMORIZED);
            atRound(at);
            every = (long) Fields.nonNegative(Fields.orDefault(every, 0L), "every");
            memorized = Fields.orDefault(memorized, 0.99);
            lag = Fields.orDefault(lag, 0);
            if (lag < 0 || lag > MAX_LAG) {
                throw new IllegalArgumentException("lag must be in [0, " + MAX_LAG + "], got "
                        + lag);
            }
        }

        /** The longest lag: each round of lag keeps one parameter vector in memory. */
        public static final int MAX_LAG = 1000;

        /** The first round, or {@link org.huntlab.hunt.Placement#ON_MEMORIZED}. */
        public long atRound() {
            return atRound(at);
        }

        private static long atRound(String at) {
            if (at.equals(MEMORIZED)) {
                return org.huntlab.hunt.Placement.ON_MEMORIZED;
            }
            try {
                long k = Long.parseLong(at);
                if (k >= 1) {
                    return k;
                }
            } catch (NumberFormatException e) {
                // reported below with the allowed values
            }
            throw new IllegalArgumentException("at must be a round ≥ 1 or 'memorized', got '"
                    + at + "'");
        }
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
            if (position != null && position.stream().anyMatch(v -> !Double.isFinite(v))) {
                throw new IllegalArgumentException("position must be finite numbers, got "
                        + position);
            }
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
