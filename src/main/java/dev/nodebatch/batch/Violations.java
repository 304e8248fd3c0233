package dev.nodebatch.batch;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The violations found in one input, in the order found. Every one is counted and its path remembered, but only
 * the first {@value #LISTED} are kept for the result, followed by one entry that says how many more there were, so
 * that a hostile document cannot make the result as large as itself times the message. Not thread-safe.
 */
public final class Violations {

    static final int LISTED = 100;

    private final List<InputViolation> listed = new ArrayList<>();
    private final Set<String> paths = new HashSet<>();
    private int unlisted;

    public void add(InputViolation violation) {
        paths.add(violation.path());
        if (listed.size() < LISTED) {
            listed.add(violation);
        } else {
            unlisted++;
        }
    }

    public void add(String path, String message) {
        add(new InputViolation(path, message));
    }

    public void addAll(Collection<InputViolation> violations) {
        violations.forEach(this::add);
    }

    public boolean isEmpty() {
        return listed.isEmpty();
    }

    /** True when some violation was found at {@code path}. */
    public boolean reported(String path) {
        return paths.contains(path);
    }

    /** The violations for the result: the first {@value #LISTED}, then {@code $: N more violations not listed}. */
    public List<InputViolation> toList() {
        if (unlisted == 0) {
            return List.copyOf(listed);
        }
        List<InputViolation> capped = new ArrayList<>(listed);
        capped.add(new InputViolation(InputViolation.ROOT, unlisted + " more violations not listed"));
        return List.copyOf(capped);
    }
}
