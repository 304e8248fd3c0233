package dev.nodebatch.azure.batch;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.quarkus.runtime.annotations.RegisterForReflection;

/** One page of a pool's nodes, with the link to the next page while there is one. */
@RegisterForReflection
@JsonIgnoreProperties(ignoreUnknown = true)
public record ComputeNodePage(List<ComputeNodeState> value, @JsonProperty("odata.nextLink") String nextLink) {
}
