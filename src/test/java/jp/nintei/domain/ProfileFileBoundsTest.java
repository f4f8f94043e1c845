package jp.nintei.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

/**
 * A profile file's limits hold exactly at their edges — the longest window and the shortest on-time limit are
 * accepted, one more is refused, naming the line — and a value's rules hold at theirs too.
 */
class ProfileFileBoundsTest {

    static RuleProfile parse(String ruleLines) {
        return ProfileFile.parse("mine.profile", "id = mine\nname.en = Mine\nrule = replies\nmetric = reply_rate\n"
                + "threshold = 0.8\n" + ruleLines, false);
    }

    static String refused(String ruleLines) {
        return assertThrows(ProfileFile.ProfileException.class, () -> parse(ruleLines)).getMessage();
    }

    @Test
    void windowsFromOneDayToTenYearsAndOneToOneHundredTwentyMonths() {
        parse("window = 1 days\n");
        parse("window = " + ProfileFile.MAX_WINDOW_DAYS + " days\n");
        parse("window = 1 months\n");
        parse("window = " + ProfileFile.MAX_WINDOW_MONTHS + " months\n");
        assertEquals(true, refused("window = 0 days\n").contains("line 6"));
        refused("window = " + (ProfileFile.MAX_WINDOW_DAYS + 1) + " days\n");
        refused("window = 0 months\n");
        refused("window = " + (ProfileFile.MAX_WINDOW_MONTHS + 1) + " months\n");
    }

    @Test
    void onTimeFromOneMinuteToThirtyDays() {
        parse("on_time_within = PT1M\n");
        parse("on_time_within = P30D\n");
        refused("on_time_within = PT59S\n");
        refused("on_time_within = PT720H1S\n");
    }

    @Test
    void checksAreIdentityPhoneOrNda() {
        String checks = "id = mine\nname.en = Mine\nrule = checks\nmetric = checks_done\nthreshold = 2\n";
        ProfileFile.parse("mine.profile", checks + "checks = identity, phone\n", false);
        assertThrows(ProfileFile.ProfileException.class,
                () -> ProfileFile.parse("mine.profile", checks + "checks = identity, face\n", false));
    }

    @Test
    void aLineMustBeKeyEqualsValueAndARuleComesOnce() {
        assertEquals(true, refused("= 5\n").contains("line 6"), "no key before =");
        refused("rule = replies\nmetric = reply_rate\nthreshold = 0.8\n");
        // a byte-order mark on the first line is not part of the key
        ProfileFile.parse("mine.profile", "\uFEFFid = mine\nname.en = Mine\nrule = replies\nmetric = reply_rate\n"
                + "threshold = 0.8\n", false);
    }

    @Test
    void valuesAtTheirEdges() {
        assertEquals(new BigDecimal("1"), Values.number("x", "1", BigDecimal.ONE, BigDecimal.TEN));
        assertEquals(new BigDecimal("10"), Values.number("x", "10", BigDecimal.ONE, BigDecimal.TEN));
        assertThrows(ValueException.class, () -> Values.number("x", "10.000001", BigDecimal.ONE, BigDecimal.TEN));
        assertEquals(42_000L, Values.yen("amount_jpy", "42,000"));
        // a combining mark (U+0300 and up) is composed: the same word typed on a Mac is the same text
        assertEquals("è", Values.text("note", "e\u0300"));
        assertEquals("plain text", Values.text("note", "  plain text "));
        String sixty = "x".repeat(60);
        assertEquals(sixty, Values.shorten(sixty));
        assertEquals("x".repeat(57) + "…", Values.shorten(sixty + "x"));
    }
}
