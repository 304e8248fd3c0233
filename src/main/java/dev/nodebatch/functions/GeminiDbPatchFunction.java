package dev.nodebatch.functions;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.huawei.geminidb.GeminiDbPatch;
import io.quarkus.funqy.Funq;

/** {@code huawei-geminidb-patch}: install the available patch on GeminiDB instances. */
public class GeminiDbPatchFunction {

    private final BatchExecutor executor;
    private final GeminiDbPatch operation;
    private final LambdaTimeBudget lambdaTime;

    public GeminiDbPatchFunction(BatchExecutor executor, GeminiDbPatch operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(GeminiDbPatch.NAME)
    @FunctionSummary("Installs the available patch on Huawei Cloud GaussDB NoSQL (GeminiDB) instances")
    public BatchResult huaweiGeminiDbPatch(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
