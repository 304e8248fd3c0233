package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import com.fasterxml.jackson.databind.node.BooleanNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.LongNode;
import com.fasterxml.jackson.databind.node.TextNode;

class ErrorBudgetTest {

    @ParameterizedTest(name = "{0} of {1} targets allows {2} failures")
    @CsvSource({ "0, 100, 0", "3, 100, 3", "10%, 15, 1", "10%, 3, 0", "10%, 1000, 100", "100%, 7, 7", "0%, 50, 0",
            "1%, 2147483647, 21474836" })
    void aBudgetIsACountOrAShareOfTheTargetsRoundedDown(String budget, int total, int allowed) {
        ErrorBudget parsed = budget.endsWith("%") ? ErrorBudget.parse(TextNode.valueOf(budget))
                : ErrorBudget.parse(IntNode.valueOf(Integer.parseInt(budget)));
        assertEquals(allowed, parsed.allowedFailures(total));
    }

    @ParameterizedTest(name = "\"{0}\" is refused")
    @ValueSource(strings = { "lots", "101%", "%", "1.5", "", "2.5%", "10.5%", " 5 ", "5", " 10%", "10% ", "10 %",
            "010%", "00%", "-1%", "1e1%", "+5%", "１０%", "10%%", "10\u0000%" })
    void anythingButAWholePercentageIsRefusedAsAString(String budget) {
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(TextNode.valueOf(budget)));
    }

    @Test
    void aCountMustBeAWholeNumberFromZeroToTheIntRange() {
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(IntNode.valueOf(-1)));
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(DoubleNode.valueOf(3.0)));
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(LongNode.valueOf(3_000_000_000L)));
        assertThrows(IllegalArgumentException.class, () -> ErrorBudget.parse(BooleanNode.TRUE));
        assertEquals(Integer.MAX_VALUE, ErrorBudget.parse(IntNode.valueOf(Integer.MAX_VALUE)).allowedFailures(5));
    }
}
