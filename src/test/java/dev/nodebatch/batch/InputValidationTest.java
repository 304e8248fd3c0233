package dev.nodebatch.batch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.NotNull;

import org.hibernate.validator.HibernateValidator;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import dev.nodebatch.huawei.dcs.DcsNodesStartStopInput;
import dev.nodebatch.huawei.dcs.InstanceNodes;
import dev.nodebatch.huawei.elb.ElbMembersUpdateInput;
import dev.nodebatch.huawei.elb.MemberChange;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;

/** Validating a long list in slices on several threads reports exactly what validating the whole input does. */
class InputValidationTest {

    private static final ValidatorFactory FACTORY = Validation.byProvider(HibernateValidator.class).configure()
            .messageInterpolator(new ParameterMessageInterpolator()).buildValidatorFactory();
    /** One slice: the whole input on the caller's thread, as Bean Validation does it. */
    private static final InputValidation WHOLE = new InputValidation(FACTORY, Integer.MAX_VALUE, 1);
    /** Every list of two or more elements cut into as many as four slices. */
    private static final InputValidation SLICED = new InputValidation(FACTORY, 1, 4);

    @AfterAll
    static void close() {
        FACTORY.close();
    }

    @Property(tries = 1000)
    void elbMembersSlicedAsWhole(@ForAll("elbInputs") ElbMembersUpdateInput input) {
        assertEquals(WHOLE.validate(input), SLICED.validate(input));
    }

    @Property(tries = 1000)
    void dcsInstancesSlicedAsWhole(@ForAll("dcsInputs") DcsNodesStartStopInput input) {
        assertEquals(WHOLE.validate(input), SLICED.validate(input));
    }

    @Test
    void aLongListIsValidatedOnSeveralThreadsWithItsElementsPaths() {
        Checked.THREADS.clear();
        Batch batch = new Batch();
        for (int i = 0; i < 4 * InputValidation.SLICE; i++) {
            batch.items.add(new Item(i % 1000 == 7 ? "bad" : "ok"));
        }
        List<InputViolation> found = new InputValidation(FACTORY, InputValidation.SLICE, 4).validate(batch);

        assertTrue(Checked.THREADS.size() > 1, "validated on " + Checked.THREADS);
        assertEquals(List.of(new InputViolation("items[1007].value", "must be ok"),
                new InputViolation("items[2007].value", "must be ok"),
                new InputViolation("items[3007].value", "must be ok"),
                new InputViolation("items[7].value", "must be ok"),
                new InputViolation("name", "must not be null")), found);
    }

    @Provide
    Arbitrary<ElbMembersUpdateInput> elbInputs() {
        Arbitrary<MemberChange> member = Combinators.combine(ids(), Arbitraries.integers().between(-5, 105)
                .injectNull(0.3), names(), Arbitraries.integers().between(-1, 70_000).injectNull(0.5),
                Arbitraries.of(true, false).injectNull(0.8)).as((id, weight, name, port, adminStateUp) -> {
                    MemberChange change = new MemberChange();
                    change.id = id;
                    change.weight = weight;
                    change.name = name;
                    change.protocolPort = port;
                    change.adminStateUp = adminStateUp;
                    return change;
                });
        return Combinators.combine(ids(), member.injectNull(0.05).list().ofMaxSize(30).injectNull(0.05))
                .as((poolId, members) -> {
                    ElbMembersUpdateInput input = new ElbMembersUpdateInput();
                    input.region = "eu-west-101";
                    input.projectId = "0123456789abcdef0123456789abcdef";
                    input.poolId = poolId;
                    input.members = members;
                    return input;
                });
    }

    @Provide
    Arbitrary<DcsNodesStartStopInput> dcsInputs() {
        Arbitrary<InstanceNodes> instance = Combinators.combine(ids(), ids().list().ofMaxSize(4).injectNull(0.3))
                .as((id, nodeIds) -> {
                    InstanceNodes nodes = new InstanceNodes();
                    nodes.instanceId = id;
                    nodes.nodeIds = nodeIds;
                    return nodes;
                });
        return instance.injectNull(0.1).list().ofMaxSize(20).injectNull(0.05).map(instances -> {
            DcsNodesStartStopInput input = new DcsNodesStartStopInput();
            input.projectId = "not a project";
            input.instances = instances;
            return input;
        });
    }

    /** Lower-case UUIDs, now and then one that is not, or none. */
    private static Arbitrary<String> ids() {
        Arbitrary<String> uuid = Arbitraries.create(java.util.UUID::randomUUID).map(java.util.UUID::toString);
        return Arbitraries.frequencyOf(Tuple.of(9, uuid), Tuple.of(1, uuid.map(String::toUpperCase))).injectNull(0.1);
    }

    private static Arbitrary<String> names() {
        return Arbitraries.oneOf(Arbitraries.strings().alpha().ofMaxLength(10),
                Arbitraries.strings().alpha().ofLength(256)).injectNull(0.5);
    }

    /** A list of beans that are validated by a constraint which notes the thread it ran on. */
    public static class Batch {

        @NotNull
        public String name;

        public List<@Valid Item> items = new ArrayList<>();
    }

    public static class Item {

        @Checked
        public String value;

        Item(String value) {
            this.value = value;
        }
    }

    @Target(java.lang.annotation.ElementType.FIELD)
    @Retention(RetentionPolicy.RUNTIME)
    @Constraint(validatedBy = CheckedValidator.class)
    public @interface Checked {

        Set<String> THREADS = ConcurrentHashMap.newKeySet();

        String message() default "must be ok";

        Class<?>[] groups() default {};

        Class<? extends Payload>[] payload() default {};
    }

    public static class CheckedValidator implements ConstraintValidator<Checked, String> {

        @Override
        public boolean isValid(String value, ConstraintValidatorContext context) {
            Checked.THREADS.add(Thread.currentThread().getName());
            return "ok".equals(value);
        }
    }
}
