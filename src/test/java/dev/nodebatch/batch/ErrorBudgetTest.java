package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;

class ErrorBudgetTest {

    @ParameterizedTest(name = "{0} of {1} targets allows {2} failures")
    @CsvSource({ "0, 100, 0", "3, 100, 3", "'3', 100, 3", "10%, 15, 1", "10%, 3, 0", "10%, 1000, 100",
            "100%, 7, 7", "0%, 50, 0", "2.5%, 400, 10" })
    void aBudgetIsACountOrAShareOfTheTargetsRoundedDown(String budget, int total, int allowed) {
        ErrorBudget parsed = budget.endsWith("%") || budget.startsWith("'")
                ? ErrorBudget.parse(TextNode.valueOf(budget.replace("'", "")))
                : ErrorBudget.parse(IntNode.valueOf(Integer.parseInt(budget)));
        assertEquals(allowed, parsed.allowedFailures(total));
    }

    @ParameterizedTest
    @ValueSource(strings = { "lots", "101%", "-1", "%", "1.5", "" })
    void anythingElseIsRefused(String budget) {
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(TextNode.valueOf(budget)));
    }
}
