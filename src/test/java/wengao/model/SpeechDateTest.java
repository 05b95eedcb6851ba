package wengao.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpeechDateTest {

    @Test
    void displayAndIsoOfFullDatesAndYears() {
        assertEquals("2023年4月6日", new SpeechDate(2023, 4, 6).display());
        assertEquals("2023-04-06", new SpeechDate(2023, 4, 6).iso());
        assertEquals("2023年", SpeechDate.ofYear(2023).display());
        assertNull(SpeechDate.ofYear(2023).iso(), "a year alone has no yyyy-mm-dd");
        assertNull(new SpeechDate(2023, 4, 0).iso(), "nor has a month without its day");
        assertEquals("0987-01-02", new SpeechDate(987, 1, 2).iso());
    }

    @Test
    void ordersByYearThenMonthThenDayAYearAloneFirst() {
        List<SpeechDate> dates = new ArrayList<>(List.of(new SpeechDate(2023, 4, 6), new SpeechDate(2022, 12, 31),
                SpeechDate.ofYear(2023), new SpeechDate(2023, 4, 5), new SpeechDate(2023, 11, 1)));
        dates.sort(null);
        assertEquals(List.of(new SpeechDate(2022, 12, 31), SpeechDate.ofYear(2023), new SpeechDate(2023, 4, 5),
                new SpeechDate(2023, 4, 6), new SpeechDate(2023, 11, 1)), dates);
        assertEquals(0, new SpeechDate(2023, 4, 6).compareTo(new SpeechDate(2023, 4, 6)));
    }
}
