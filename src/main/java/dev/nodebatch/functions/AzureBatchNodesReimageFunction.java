package dev.nodebatch.functions;

import dev.nodebatch.azure.batch.AzureBatchNodesReimage;
import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import io.quarkus.funqy.Funq;

/** {@code azure-batch-nodes-reimage}: reimage Azure Batch compute nodes, each followed to its end on request. */
public class AzureBatchNodesReimageFunction {

    private final BatchExecutor executor;
    private final AzureBatchNodesReimage operation;
    private final LambdaTimeBudget lambdaTime;

    public AzureBatchNodesReimageFunction(BatchExecutor executor, AzureBatchNodesReimage operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(AzureBatchNodesReimage.NAME)
    @FunctionSummary("Reimages compute nodes of an Azure Batch pool, after checking each node's state")
    public BatchResult azureBatchNodesReimage(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
