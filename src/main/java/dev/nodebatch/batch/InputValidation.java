package dev.nodebatch.batch;

import java.lang.annotation.ElementType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.metadata.ContainerElementTypeDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;

/**
 * Bean Validation of a function's input, reported as violations with their JSON paths.
 * <p>
 * A long list whose elements Bean Validation cascades into (the 10,000 members of an ELB batch) is validated in
 * slices on the machine's cores, the rest of the input on the caller's thread without that list's elements. The
 * violations are the ones a validation of the whole input reports, with the same paths; only the work is spread.
 * A list is sliced when it is a public field of the input and has at least two slices' worth of elements.
 */
@ApplicationScoped
public class InputValidation {

    /** The fewest elements a slice has: below this, handing work to another thread costs more than it saves. */
    static final int SLICE = 1_000;

    private final ValidatorFactory factory;
    private final Validator validator;
    private final int slice;
    private final int cores;
    private final Map<Class<?>, List<Field>> cascadedLists = new ConcurrentHashMap<>();

    @Inject
    public InputValidation(ValidatorFactory factory) {
        this(factory, SLICE, Runtime.getRuntime().availableProcessors());
    }

    /** @param cores the most slices a list is cut into */
    InputValidation(ValidatorFactory factory, int slice, int cores) {
        this.factory = factory;
        this.validator = factory.getValidator();
        this.slice = slice;
        this.cores = cores;
    }

    /** Every violation of the input's constraints, ordered by path (and message, where a value breaks several). */
    public List<InputViolation> validate(Object input) {
        List<Slice> slices = new ArrayList<>();
        for (Field list : cascadedLists.computeIfAbsent(input.getClass(), this::cascadedLists)) {
            slices.addAll(slices(list, input));
        }
        if (slices.isEmpty()) {
            return sorted(violations(validator.validate(input)));
        }
        List<Future<List<InputViolation>>> others = slices.subList(1, slices.size()).stream()
                .map(other -> Workers.POOL.submit(() -> other.validate(validator)))
                .toList();
        Set<String> sliced = slices.stream().map(Slice::property).collect(Collectors.toSet());
        List<InputViolation> found = new ArrayList<>(violations(withoutElementsOf(input, sliced).validate(input)));
        found.addAll(slices.get(0).validate(validator));
        others.forEach(other -> found.addAll(join(other)));
        return sorted(found);
    }

    /** The public list fields of an input type whose elements Bean Validation cascades into. */
    private List<Field> cascadedLists(Class<?> type) {
        return validator.getConstraintsForClass(type).getConstrainedProperties().stream()
                .filter(property -> List.class.isAssignableFrom(property.getElementClass()) && cascades(property))
                .map(property -> publicField(type, property.getPropertyName()))
                .flatMap(Optional::stream)
                .toList();
    }

    private static boolean cascades(PropertyDescriptor property) {
        return property.isCascaded() || property.getConstrainedContainerElementTypes().stream()
                .anyMatch(ContainerElementTypeDescriptor::isCascaded);
    }

    private static Optional<Field> publicField(Class<?> type, String name) {
        try {
            Field field = type.getField(name);
            return List.class.isAssignableFrom(field.getType()) ? Optional.of(field) : Optional.empty();
        } catch (NoSuchFieldException e) {
            // a getter's property: validated whole, with the rest of the input
            return Optional.empty();
        }
    }

    private List<Slice> slices(Field field, Object input) {
        List<?> elements;
        try {
            elements = (List<?>) field.get(input);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field.getName() + " of " + input.getClass().getName(), e);
        }
        int count = elements == null ? 0 : Math.min(cores, elements.size() / slice);
        if (count < 2) {
            return List.of();
        }
        List<Slice> slices = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            slices.add(new Slice(field.getName(), elements, elements.size() * i / count,
                    elements.size() * (i + 1) / count));
        }
        return slices;
    }

    /** A validator that checks everything but the elements of the given lists of {@code root} itself. */
    private Validator withoutElementsOf(Object root, Set<String> lists) {
        return factory.usingContext().traversableResolver(new TraversableResolver() {

            @Override
            public boolean isReachable(Object traversable, Path.Node property, Class<?> rootType, Path path,
                    ElementType elementType) {
                return true;
            }

            @Override
            public boolean isCascadable(Object traversable, Path.Node property, Class<?> rootType, Path path,
                    ElementType elementType) {
                return traversable != root || !lists.contains(property.getName());
            }
        }).getValidator();
    }

    private static List<InputViolation> sorted(List<InputViolation> violations) {
        violations.sort(Comparator.comparing(InputViolation::path).thenComparing(InputViolation::message));
        return List.copyOf(violations);
    }

    private static List<InputViolation> violations(Set<? extends ConstraintViolation<?>> found) {
        return violations(found, "");
    }

    /** @param prefix the path of the validated value in the input, empty for the input itself */
    private static List<InputViolation> violations(Set<? extends ConstraintViolation<?>> found, String prefix) {
        List<InputViolation> violations = new ArrayList<>(found.size());
        for (ConstraintViolation<?> violation : found) {
            violations.add(new InputViolation(pathOf(prefix, violation), violation.getMessage()));
        }
        return violations;
    }

    private static String pathOf(String prefix, ConstraintViolation<?> violation) {
        // Hibernate Validator names a list element's own constraint "members[0].<list element>"
        String path = violation.getPropertyPath().toString().replaceAll("\\.<[a-z ]+>", "");
        String full = prefix.isEmpty() || path.isEmpty() ? prefix + path : prefix + "." + path;
        return full.isEmpty() ? InputViolation.ROOT : full;
    }

    private static List<InputViolation> join(Future<List<InputViolation>> slice) {
        try {
            return slice.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while validating the input", e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause
                    : new IllegalStateException("Validating the input failed", e.getCause());
        }
    }

    /** The elements {@code from} (inclusive) to {@code to} of a list property, each validated on its own. */
    private record Slice(String property, List<?> elements, int from, int to) {

        List<InputViolation> validate(Validator validator) {
            List<InputViolation> found = new ArrayList<>();
            for (int i = from; i < to; i++) {
                Object element = elements.get(i);
                // a null element is the list's own constraint's to report, with the rest of the input
                if (element != null) {
                    found.addAll(violations(validator.validate(element), property + "[" + i + "]"));
                }
            }
            return found;
        }
    }
}
