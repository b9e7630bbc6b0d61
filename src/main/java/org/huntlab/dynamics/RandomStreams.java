package org.huntlab.dynamics;

import java.nio.charset.StandardCharsets;
import org.apache.commons.rng.RestorableUniformRandomProvider;
import org.apache.commons.rng.simple.RandomSource;

/**
 * Seeded random streams: one per agent (or per purpose), derived from the run seed and a name.
 *
 * <p>The derivation hashes the name with FNV-1a and mixes it into the seed with SplitMix64, so
 * a stream depends only on (seed, name): the same on every machine and JVM, and independent of
 * the order in which agents are created. The generator is xoroshiro128++, whose state can be
 * saved with a checkpoint.
 */
public final class RandomStreams {

    private static final long FNV_OFFSET = 0xcbf29ce484222325L;
    private static final long FNV_PRIME = 0x100000001b3L;

    private RandomStreams() {
    }

    /** The stream called {@code name} of the run seeded with {@code seed}. */
    public static RestorableUniformRandomProvider stream(long seed, String name) {
        long h = FNV_OFFSET;
        for (byte b : name.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ (b & 0xff)) * FNV_PRIME;
        }
        long state = seed ^ Long.rotateLeft(h, 17);
        long[] words = {splitMix(state), splitMix(state + 0x9e3779b97f4a7c15L)};
        return RandomSource.XO_RO_SHI_RO_128_PP.create(words);
    }

    private static long splitMix(long z) {
        z += 0x9e3779b97f4a7c15L;
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
