package dev.nodebatch.functions;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.huawei.dcs.DcsNodesStartStop;
import io.quarkus.funqy.Funq;

/** {@code huawei-dcs-nodes-start-stop}: start or stop the nodes of DCS (Redis) instances. */
public class DcsNodesStartStopFunction {

    private final BatchExecutor executor;
    private final DcsNodesStartStop operation;
    private final LambdaTimeBudget lambdaTime;

    public DcsNodesStartStopFunction(BatchExecutor executor, DcsNodesStartStop operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(DcsNodesStartStop.NAME)
    @FunctionSummary("Starts or stops the nodes of Huawei Cloud DCS (Redis) instances")
    public BatchResult huaweiDcsNodesStartStop(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
