package dev.nodebatch.huawei.dcs;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicInteger;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.nodebatch.batch.Deadline;
import dev.nodebatch.batch.ErrorCategory;
import dev.nodebatch.batch.ProviderCallException;
import dev.nodebatch.batch.ProviderCallGuard;
import dev.nodebatch.batch.ProviderEndpoint;
import dev.nodebatch.batch.ProviderError;
import dev.nodebatch.huawei.HuaweiRestClients;

/**
 * The DCS reference asks for a backup within 24 hours before stopping a node of any instance but a single-node
 * one, and does not say what the service does without one. So before a stop, the instance and its backup records
 * from the last 24 hours are read; a record with status {@code succeed} created in that window lets the stop go.
 * Both reads are safe to repeat.
 */
final class RecentBackupCheck {

    static final String NO_RECENT_BACKUP = "NODEBATCH.NO_RECENT_BACKUP";
    static final Duration WINDOW = Duration.ofHours(24);
    // ListBackupRecords: limit 1..1000
    private static final int PAGE = 1000;

    private final DcsApi api;
    private final ProviderEndpoint endpoint;
    private final ProviderCallGuard guard;
    private final HuaweiRestClients clients;
    private final ObjectMapper mapper;
    private final String projectId;
    private final Clock clock;

    RecentBackupCheck(DcsApi api, ProviderEndpoint endpoint, ProviderCallGuard guard, HuaweiRestClients clients,
            ObjectMapper mapper, String projectId, Clock clock) {
        this.api = api;
        this.endpoint = endpoint;
        this.guard = guard;
        this.clients = clients;
        this.mapper = mapper;
        this.projectId = projectId;
        this.clock = clock;
    }

    /**
     * @return why the instance's nodes may not be stopped, or empty when they may
     * @throws ProviderCallException when a read failed
     */
    Optional<ProviderError> refusal(String instanceId, Deadline deadline) {
        DcsInstanceInfo instance = read(deadline, () -> clients.exchange(() -> api.showInstance(projectId, instanceId),
                deadline, DcsInstanceInfo.class));
        if (instance.singleNode()) {
            return Optional.empty();
        }
        Instant since = clock.instant().minus(WINDOW);
        String beginTime = DcsTimes.query(since);
        int offset = 0;
        while (true) {
            int from = offset;
            BackupRecords page = read(deadline, () -> clients.exchange(
                    () -> api.listBackupRecords(projectId, instanceId, beginTime, from, PAGE), deadline,
                    BackupRecords.class));
            if (page.listed().stream().anyMatch(backup -> "succeed".equals(backup.status())
                    && DcsTimes.answered(backup.createdAt()).map(created -> !created.isBefore(since)).orElse(true))) {
                return Optional.empty();
            }
            offset += page.listed().size();
            if (page.listed().isEmpty() || page.totalNum() == null || offset >= page.totalNum()) {
                return Optional.of(ProviderError.of(ErrorCategory.CONFLICT, NO_RECENT_BACKUP, "instance " + instanceId
                        + " (cache mode " + instance.cacheMode() + ") has no successful backup from the last 24 hours;"
                        + " back it up before stopping its nodes, or set requireRecentBackup to false", null));
            }
        }
    }

    private <R> R read(Deadline deadline, Callable<R> call) {
        return guard.call(endpoint, true, deadline, new AtomicInteger(), call);
    }
}
