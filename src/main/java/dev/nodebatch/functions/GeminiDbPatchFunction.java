package dev.nodebatch.functions;

import java.util.Optional;

import com.fasterxml.jackson.databind.JsonNode;

import dev.nodebatch.batch.BatchExecutor;
import dev.nodebatch.batch.BatchResult;
import dev.nodebatch.huawei.geminidb.GeminiDbPatch;
import io.quarkus.funqy.Funq;

/** {@code huawei-geminidb-patch}: install the available patch on GeminiDB instances. */
public class GeminiDbPatchFunction {

    private final BatchExecutor executor;
    private final GeminiDbPatch operation;

    public GeminiDbPatchFunction(BatchExecutor executor, GeminiDbPatch operation) {
        this.executor = executor;
        this.operation = operation;
    }

    /** The input is taken as a JSON tree so that every type error is reported with its path, not just the first. */
    @Funq(GeminiDbPatch.NAME)
    public BatchResult huaweiGeminiDbPatch(JsonNode input) {
        return executor.execute(operation, input, Optional.empty());
    }
}
