package dev.nodebatch.emulator.fault;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * The faults to inject, tried in order for each admitted call; the first rule that matches the operation, has
 * count left and wins its probability draw disturbs the call. Draws come from one {@code Random(seed)}, so the same
 * sequence of calls meets the same faults. Thread-safe.
 */
public final class FaultPlan {

    /** The plan as {@code PUT /_emulator/faults} takes it and {@code GET} shows it (counts are what is left). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Document(Long seed, List<FaultRule> rules) {

        public Document {
            if (rules != null && rules.stream().anyMatch(Objects::isNull)) {
                throw new IllegalArgumentException("rules must not contain null");
            }
            rules = rules == null ? List.of() : List.copyOf(rules);
        }
    }

    private final Set<String> operationIds;
    private Long seed;
    private Random random = new Random();
    private final List<FaultRule> rules = new ArrayList<>();

    /** @param operationIds the operations a rule may name */
    public FaultPlan(Set<String> operationIds) {
        this.operationIds = Set.copyOf(operationIds);
    }

    /** @throws IllegalArgumentException when a rule names an unknown operation */
    public synchronized void replace(Document plan) {
        for (FaultRule rule : plan.rules()) {
            if (!rule.operation().equals(FaultRule.ANY_OPERATION) && !operationIds.contains(rule.operation())) {
                throw new IllegalArgumentException("Unknown operation " + rule.operation() + "; known: "
                        + operationIds.stream().sorted().toList() + " or " + FaultRule.ANY_OPERATION);
            }
        }
        seed = plan.seed();
        random = seed == null ? new Random() : new Random(seed);
        rules.clear();
        rules.addAll(plan.rules());
    }

    public synchronized Document document() {
        return new Document(seed, rules);
    }

    public synchronized void clear() {
        replace(new Document(null, List.of()));
    }

    /** The fault that disturbs the next call of an operation, if any; uses up one of its count. */
    public synchronized Optional<FaultRule> draw(String operationId) {
        for (int i = 0; i < rules.size(); i++) {
            FaultRule rule = rules.get(i);
            boolean left = rule.count() == null || rule.count() > 0;
            if (rule.matches(operationId) && left && (rule.probability() == null || random.nextDouble() < rule.probability())) {
                if (rule.count() != null) {
                    rules.set(i, rule.withCount(rule.count() - 1));
                }
                return Optional.of(rule);
            }
        }
        return Optional.empty();
    }
}
