package dev.nodebatch.functions;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.huawei.modelarts.ModelArtsNodesUpdate;
import io.quarkus.funqy.Funq;

/** {@code huawei-modelarts-nodes-update}: switch HA redundancy on or off for ModelArts pool nodes. */
public class ModelArtsNodesUpdateFunction {

    private final BatchExecutor executor;
    private final ModelArtsNodesUpdate operation;
    private final LambdaTimeBudget lambdaTime;

    public ModelArtsNodesUpdateFunction(BatchExecutor executor, ModelArtsNodesUpdate operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(ModelArtsNodesUpdate.NAME)
    @FunctionSummary("Switches HA redundancy on or off for nodes of a Huawei Cloud ModelArts resource pool")
    public BatchResult huaweiModelartsNodesUpdate(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
