package io.socialroi.channel;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import io.socialroi.common.Echo;
import io.socialroi.common.InputConstraints;
import io.socialroi.common.InputErrors;
import io.socialroi.common.TextInputs;
import io.socialroi.common.UserErrorCode;
import io.socialroi.workspace.CurrentWorkspace;

@ApplicationScoped
public class ChannelService {

    @Inject
    CurrentWorkspace workspace;
    @Inject
    InputConstraints constraints;

    public static long databaseId(Channel channel) {
        return io.socialroi.common.GlobalId.decode(Channel.TYPE, channel.id()).orElseThrow();
    }

    public static String sourceKey(String text) {
        return text.trim().toLowerCase(Locale.ROOT);
    }

    @Transactional
    public Channel create(CreateChannelInput input) {
        InputErrors errors = new InputErrors("input");
        String name = input.name == null ? "" : input.name.trim();
        if (name.isEmpty()) {
            errors.add(UserErrorCode.REQUIRED, "A channel needs a name.", "name");
        } else {
            int before = errors.size();
            TextInputs.check(name, 100, errors, "name");
            if (errors.size() > before) {
                name = ""; // an invalid name is not looked up below: only valid text goes to the database
            }
        }
        constraints.check(input, errors);
        long ws = workspace.id();
        Set<String> keys = new LinkedHashSet<>();
        if (!name.isEmpty()) {
            keys.add(sourceKey(name));
        }
        List<String> aliases = input.aliases == null ? List.of() : input.aliases;
        List<String> aliasLabels = new ArrayList<>();
        for (int i = 0; i < aliases.size(); i++) {
            String alias = aliases.get(i) == null ? "" : aliases.get(i).trim();
            if (alias.isEmpty() || alias.length() > 100 || !alias.chars().allMatch(c -> c >= 0x20 && c != 0x7F)) {
                errors.add(UserErrorCode.INVALID_VALUE, "An alias is 1 to 100 characters, without control characters.",
                        "aliases", String.valueOf(i));
            } else if (keys.add(sourceKey(alias))) {
                aliasLabels.add(alias);
            }
        }
        if (!keys.isEmpty()) {
            List<ChannelSourceKeyEntity> taken = ChannelSourceKeyEntity
                    .list("workspaceId = ?1 and sourceKey in ?2", ws, keys);
            for (ChannelSourceKeyEntity key : taken) {
                boolean isName = key.sourceKey.equals(sourceKey(name));
                errors.add(UserErrorCode.DUPLICATE, "\"" + Echo.of(key.label) + "\" already names another channel.",
                        isName ? new String[] {"name"} : new String[] {"aliases"});
            }
        }
        errors.throwIfAny();

        ChannelEntity channel = new ChannelEntity();
        channel.workspaceId = ws;
        channel.name = name;
        channel.kind = input.kind;
        channel.persist();
        addKey(channel, name, true);
        aliasLabels.forEach(alias -> addKey(channel, alias, false));
        channel.flush(); // constraint failures surface here, inside the service, not at commit
        return new Channel(Channel.globalId(channel.id), name, channel.kind, List.copyOf(aliasLabels));
    }

    private static void addKey(ChannelEntity channel, String label, boolean isName) {
        ChannelSourceKeyEntity key = new ChannelSourceKeyEntity();
        key.workspaceId = channel.workspaceId;
        key.channelId = channel.id;
        key.sourceKey = sourceKey(label);
        key.label = label;
        key.isName = isName;
        key.persist();
    }

    public List<Channel> list() {
        return toTypes(ChannelEntity.list("workspaceId = ?1 order by name", workspace.id()));
    }

    public Optional<ChannelEntity> find(long id) {
        return ChannelEntity.<ChannelEntity>find("id = ?1 and workspaceId = ?2", id, workspace.id()).firstResultOptional();
    }

    /** Channels by id in one statement; ids of another workspace are absent from the map. */
    public Map<Long, Channel> findByIds(Collection<Long> ids) {
        Map<Long, Channel> byId = new HashMap<>();
        if (ids.isEmpty()) {
            return byId;
        }
        List<ChannelEntity> entities = ChannelEntity.list("workspaceId = ?1 and id in ?2", workspace.id(), ids);
        List<Channel> types = toTypes(entities);
        for (int i = 0; i < entities.size(); i++) {
            byId.put(entities.get(i).id, types.get(i));
        }
        return byId;
    }

    /** Channel ids by source key (lower-cased utm_source) for the given keys, in one statement. */
    public Map<String, Long> channelIdsBySourceKey(Collection<String> keys) {
        Map<String, Long> result = new HashMap<>();
        if (keys.isEmpty()) {
            return result;
        }
        ChannelSourceKeyEntity.<ChannelSourceKeyEntity>list("workspaceId = ?1 and sourceKey in ?2", workspace.id(), keys)
                .forEach(key -> result.put(key.sourceKey, key.channelId));
        return result;
    }

    /** Converts entities to the API type, loading every alias in one statement. */
    List<Channel> toTypes(List<ChannelEntity> entities) {
        if (entities.isEmpty()) {
            return List.of();
        }
        Map<Long, List<String>> aliases = new HashMap<>();
        ChannelSourceKeyEntity.<ChannelSourceKeyEntity>list(
                "workspaceId = ?1 and isName = false and channelId in ?2 order by id",
                workspace.id(), entities.stream().map(e -> e.id).toList())
                .forEach(key -> aliases.computeIfAbsent(key.channelId, k -> new ArrayList<>()).add(key.label));
        return entities.stream()
                .map(e -> new Channel(Channel.globalId(e.id), e.name, e.kind, aliases.getOrDefault(e.id, List.of())))
                .toList();
    }
}
