package dev.verdict.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

final class DataTableTest {

    @Test
    void swappingTwoValueCodesKeepsEveryRowsValue() {
        int[] codes = {0, 1, 1, 0, 1};
        DataTable t = new DataTable(Path.of("x.csv"), 5, 0, Map.of(), Map.of("y", codes),
                Map.of("y", List.of("1", "0")), null);
        t.swapTwoValueCodes("y");
        assertEquals(List.of("0", "1"), t.dictionary("y"));
        assertArrayEquals(new int[] {1, 0, 0, 1, 0}, t.codes("y"));
        for (int i = 0; i < 5; i++) {
            String before = List.of("1", "0").get(new int[] {0, 1, 1, 0, 1}[i]);
            assertEquals(before, t.dictionary("y").get(t.codes("y")[i]), "row " + i);
        }
    }

    @Test
    void onlyTwoValuedColumnsCanBeSwapped() {
        DataTable t = new DataTable(Path.of("x.csv"), 3, 0, Map.of(), Map.of("y", new int[] {0, 1, 2}),
                Map.of("y", List.of("a", "b", "c")), null);
        assertThrows(IllegalArgumentException.class, () -> t.swapTwoValueCodes("y"));
    }
}
