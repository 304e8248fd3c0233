package dev.nodebatch.functions;

import java.util.Optional;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.batch.InputDocument;
import dev.nodebatch.jobs.JobStatus;
import io.quarkus.funqy.Funq;

/** {@code job-status}: where the jobs of earlier SUBMITTED targets are now. */
public class JobStatusFunction {

    private final BatchExecutor executor;
    private final JobStatus operation;

    public JobStatusFunction(BatchExecutor executor, JobStatus operation) {
        this.executor = executor;
        this.operation = operation;
    }

    /** The input is read strictly, so that every problem is reported with its path, not just the first. */
    @Funq(JobStatus.NAME)
    public BatchResult jobStatus(InputDocument input) {
        return executor.execute(operation, input, Optional.empty());
    }
}
