package dev.nodebatch.functions;

import static dev.nodebatch.functions.ModelArtsFleets.BIG_POOL;
import static dev.nodebatch.functions.ModelArtsFleets.PROJECT;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_A;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_ABNORMAL;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_CREATING;
import static dev.nodebatch.functions.ModelArtsFleets.TRAIN_POOL;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.JobFollower;
import dev.nodebatch.batch.Observation;
import dev.nodebatch.batch.TargetOutcome;
import dev.nodebatch.batch.TargetStatus;
import dev.nodebatch.batch.Waiter;
import dev.nodebatch.emulator.EmulatorTestResource;
import dev.nodebatch.huawei.HuaweiCloud;
import dev.nodebatch.huawei.modelarts.ModelArtsNodesUpdate;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/** The ModelArts node follower that {@code job-status} will use: node phases read over HTTP from the emulator. */
@QuarkusTest
@WithTestResource(EmulatorTestResource.class)
class ModelArtsNodeFollowerTest {

    @Inject
    ModelArtsNodesUpdate operation;

    @BeforeEach
    void freshEmulator() {
        EmulatorControl.reset();
    }

    static List<TargetOutcome> submitted(String... nodeNames) {
        return List.of(nodeNames).stream()
                .map(name -> TargetOutcome.submitted(name, 1, null, null, Map.of())).toList();
    }

    @Test
    void theNodeListIsReadPageByPageUntilTheLastContinueToken() {
        EmulatorControl.putFleet(ModelArtsFleets.withBigPool(1203));
        JobFollower follower = operation.follower(HuaweiCloud.OTC, "eu-de", PROJECT, BIG_POOL);

        Map<String, Observation> observed = follower.observe(submitted(ModelArtsFleets.nodeName(0),
                ModelArtsFleets.nodeName(600), ModelArtsFleets.nodeName(1202)), Deadline.in(Duration.ofSeconds(10)));

        assertEquals(3, observed.size());
        observed.values().forEach(observation -> assertEquals("Available", observation.state()));
        assertEquals(Map.of("phase", "Available"), observed.get(ModelArtsFleets.nodeName(1202)).details());
        List<Map<String, Object>> calls = EmulatorControl.requests(BIG_POOL);
        assertEquals(List.of("modelarts.listPoolNodes", "modelarts.listPoolNodes", "modelarts.listPoolNodes"),
                calls.stream().map(call -> call.get("operation")).toList());
    }

    @Test
    void availableIsDoneAbnormalAndGoneAreFailuresCreatingIsStillUnderWay() {
        JobFollower follower = operation.follower(null, "ap-southeast-3", PROJECT, TRAIN_POOL);
        String gone = "os-node-created-gone0";

        Waiter.Followed followed = new Waiter(follower, Duration.ofMillis(50), Duration.ofMillis(100))
                .follow(submitted(TRAIN_A, TRAIN_ABNORMAL, TRAIN_CREATING, gone), Deadline.in(Duration.ofMillis(400)),
                        "WAIT_TIMEOUT", Deadline.in(Duration.ofSeconds(10)));

        assertEquals(List.of(TargetStatus.SUCCEEDED, TargetStatus.FAILED, TargetStatus.SUBMITTED, TargetStatus.FAILED),
                followed.outcomes().stream().map(TargetOutcome::status).toList());
        assertEquals(ErrorCategory.NOT_FOUND, followed.outcomes().get(3).error().category());
        assertEquals("NODEBATCH.NODE_NOT_IN_POOL", followed.outcomes().get(3).error().code());
        assertFalse(followed.report().completed());
        assertEquals("WAIT_TIMEOUT", followed.report().reason());
        assertEquals(1, followed.report().stillRunning());
    }

    @Test
    void aPoolThatIsGoneFailsItsNodesWithTheProvidersNotFound() {
        JobFollower follower = operation.follower(HuaweiCloud.HUAWEICLOUD, "ap-southeast-3", PROJECT,
                "pool-unknown-00000000-0000-4000-8000-000000000404");

        Waiter.Followed followed = new Waiter(follower, Duration.ofMillis(50), Duration.ofMillis(100))
                .follow(submitted(TRAIN_A), Deadline.in(Duration.ofSeconds(2)), "WAIT_TIMEOUT",
                        Deadline.in(Duration.ofSeconds(10)));

        assertEquals(TargetStatus.FAILED, followed.outcomes().get(0).status());
        assertEquals("ModelArts.50015001", followed.outcomes().get(0).error().code());
        assertEquals(true, followed.report().completed());
    }
}
