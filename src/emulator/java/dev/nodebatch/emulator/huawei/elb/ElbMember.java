package dev.nodebatch.emulator.huawei.elb;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonInclude;

/**
 * A backend server of an ELB pool, as the fleet document describes it. Absent fields take defaults: weight 1,
 * ONLINE, admin state up, member type {@code instance} when there is an instance id ({@code ip} otherwise),
 * timestamps now.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ElbMember(String id, String name, String address, Integer protocolPort, Integer weight,
        String operatingStatus, String subnetCidrId, String memberType, String instanceId, Boolean adminStateUp,
        String createdAt, String updatedAt) {

    static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'", Locale.ROOT).withZone(ZoneOffset.UTC);

    public ElbMember {
        if (id == null || id.isBlank()) {
            throw new IllegalArgumentException("A member needs an id");
        }
        if (address == null || address.isBlank()) {
            throw new IllegalArgumentException("Member " + id + " needs an address");
        }
        if (protocolPort != null && (protocolPort < 0 || protocolPort > 65535)) {
            throw new IllegalArgumentException("Member " + id + " protocolPort must be within [0, 65535]");
        }
        if (weight != null && (weight < 0 || weight > 100)) {
            throw new IllegalArgumentException("Member " + id + " weight must be within [0, 100]");
        }
        name = name == null ? "" : name;
        weight = weight == null ? 1 : weight;
        operatingStatus = operatingStatus == null ? "ONLINE" : operatingStatus;
        memberType = memberType == null ? (instanceId == null ? "ip" : "instance") : memberType;
        adminStateUp = adminStateUp == null ? Boolean.TRUE : adminStateUp;
        createdAt = createdAt == null ? timestamp(Instant.now()) : createdAt;
        updatedAt = updatedAt == null ? createdAt : updatedAt;
    }

    static String timestamp(Instant instant) {
        return TIMESTAMP.format(instant);
    }

    String ipVersion() {
        return address.contains(":") ? "v6" : "v4";
    }

    /** This member with the fields an update names changed; admin_state_up is not updatable; see docs/huawei.md. */
    ElbMember updatedBy(MemberUpdate update, String now) {
        return new ElbMember(id, update.name() != null ? update.name() : name, address,
                update.protocolPort() != null ? update.protocolPort() : protocolPort,
                update.weight() != null ? update.weight() : weight, operatingStatus, subnetCidrId, memberType,
                instanceId, adminStateUp, createdAt, now);
    }
}
