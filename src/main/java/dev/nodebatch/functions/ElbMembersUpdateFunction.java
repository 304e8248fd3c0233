package dev.nodebatch.functions;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.huawei.elb.ElbMembersUpdate;
import io.quarkus.funqy.Funq;

/** {@code huawei-elb-members-update}: re-weight, rename or re-port ELB backend members. */
public class ElbMembersUpdateFunction {

    private final BatchExecutor executor;
    private final ElbMembersUpdate operation;
    private final LambdaTimeBudget lambdaTime;

    public ElbMembersUpdateFunction(BatchExecutor executor, ElbMembersUpdate operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /**
     * The input is taken as a strictly read document (duplicate keys and size limits caught in every binding) so
     * that every problem is reported with its path, not just the first.
     */
    @Funq(ElbMembersUpdate.NAME)
    @FunctionSummary("Sets the weight, name or port of Huawei Cloud ELB backend members, e.g. to drain them")
    public BatchResult huaweiElbMembersUpdate(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
