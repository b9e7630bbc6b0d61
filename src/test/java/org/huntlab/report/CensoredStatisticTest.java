package org.huntlab.report;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class CensoredStatisticTest {

    @Test
    void medianCountsNeverAsInfinity() {
        CensoredStatistic s = CensoredStatistic.of(Arrays.asList(300L, null, 100L, 200L, null));
        assertEquals(300, s.median(), "sorted: 100, 200, 300, ∞, ∞");
        assertEquals(100, s.min());
        assertEquals(Double.POSITIVE_INFINITY, s.max());
        assertEquals("300 (100–never)", s.format());
    }

    @Test
    void evenCountAveragesTheMiddleTwo() {
        assertEquals(250, CensoredStatistic.of(List.of(100L, 200L, 300L, 400L)).median());
        assertEquals(Double.POSITIVE_INFINITY,
                CensoredStatistic.of(Arrays.asList(100L, null)).median());
    }

    @Test
    void allNeverIsNever() {
        assertEquals("never", CensoredStatistic.of(Arrays.asList(null, null, null)).format());
    }
}
