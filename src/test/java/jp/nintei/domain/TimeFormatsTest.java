package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The fast reading of Nintei's own time form must accept exactly what {@code OffsetDateTime.parse} accepts. */
class TimeFormatsTest {

    @Test
    void theFastPathAgreesWithTheJdkOnRandomNearMisses() {
        Random random = new Random(42);
        String[] seeds = {"2026-11-28T09:15:00+09:00", "2024-02-29T23:59:59Z", "2025-02-29T00:00:00Z",
            "2026-03-08T02:30:00-05:00", "2026-12-31T24:00:00Z", "2026-11-28T09:15:60+09:00", "2026-11-28T09:15:00+18:00",
            "2026-11-28T09:15:00-18:01", "2026-11-28T09:15:00+09:60", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z",
            "2026-11-28T09:15:00-00:00", "0000-01-01T00:00:00Z"};
        String alphabet = "0123456789-:TZ+ x";
        int checked = 0;
        for (String seed : seeds) {
            for (int i = 0; i < 3000; i++) {
                char[] text = seed.toCharArray();
                if (i > 0) {
                    text[random.nextInt(text.length)] = alphabet.charAt(random.nextInt(alphabet.length()));
                }
                String v = new String(text);
                OffsetDateTime jdk;
                try {
                    jdk = OffsetDateTime.parse(v);
                } catch (DateTimeParseException e) {
                    jdk = null;
                }
                OffsetDateTime fast = TimeFormats.canonical(v);
                if (fast != null) {
                    assertEquals(jdk, fast, v);
                }
                if (jdk == null) {
                    assertNull(fast, v);
                }
                checked++;
            }
        }
        assertEquals(seeds.length * 3000, checked);
        assertEquals(OffsetDateTime.parse("2026-11-28T09:15:00+09:00"), TimeFormats.canonical("2026-11-28T09:15:00+09:00"));
    }
}
