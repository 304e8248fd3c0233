package dev.nodebatch.functions;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.jobs.JobStatus;
import io.quarkus.funqy.Funq;

/** {@code job-status}: where the jobs of earlier SUBMITTED targets are now. */
public class JobStatusFunction {

    private final BatchExecutor executor;
    private final JobStatus operation;
    private final LambdaTimeBudget lambdaTime;

    public JobStatusFunction(BatchExecutor executor, JobStatus operation, LambdaTimeBudget lambdaTime) {
        this.executor = executor;
        this.operation = operation;
        this.lambdaTime = lambdaTime;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(JobStatus.NAME)
    @FunctionSummary("Tells where the provider jobs and nodes of earlier SUBMITTED targets are now")
    public BatchResult jobStatus(InputDocument input) {
        return executor.execute(operation, input, lambdaTime.platformRemaining());
    }
}
