package jp.nintei.store;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The instants written by hand are the text {@code Instant.toString()} wrote before: stored rows compare equal. */
class ColumnsTest {

    @Test
    void utcTextIsTheJdksForEveryInstantAValueMayHold() {
        Random random = new Random(20261202);
        long last = OffsetDateTime.parse("2999-12-31T23:59:59Z").toEpochSecond();
        long[] edges = {0, 59, 60, 3599, 86_399, 86_400, 951_782_400 /* 2000-02-29 */, last, last + 1, -1};
        for (long s : edges) {
            same(Instant.ofEpochSecond(s).atOffset(ZoneOffset.UTC));
        }
        for (int i = 0; i < 200_000; i++) {
            long s = Math.floorMod(random.nextLong(), last + 1);
            ZoneOffset offset = ZoneOffset.ofTotalSeconds((random.nextInt(36) - 18) * 3600 + random.nextInt(2) * 1800);
            same(Instant.ofEpochSecond(s).atOffset(offset));
        }
        same(OffsetDateTime.parse("2026-11-21T10:00:00.5+09:00")); // a fraction: left to the JDK
    }

    private static void same(OffsetDateTime time) {
        assertEquals(time.toInstant().toString(), Columns.utc(time), time::toString);
    }
}
