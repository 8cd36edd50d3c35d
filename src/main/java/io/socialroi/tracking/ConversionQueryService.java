package io.socialroi.tracking;

import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import io.quarkus.panache.common.Parameters;
import io.socialroi.common.Cursors;
import io.socialroi.common.PageInfo;
import io.socialroi.workspace.CurrentWorkspace;

@ApplicationScoped
public class ConversionQueryService {

    @Inject
    CurrentWorkspace workspace;

    public ConversionConnection page(Integer first, String after, ConversionFilter filter) {
        int size = Cursors.pageSize(first);
        long afterId = Cursors.afterId(after);
        StringBuilder where = new StringBuilder("workspaceId = :ws");
        Parameters params = Parameters.with("ws", workspace.id());
        if (filter != null && filter.personKey != null) {
            where.append(" and personKey = :person");
            params.and("person", filter.personKey.trim());
        }
        if (filter != null && filter.types != null && !filter.types.isEmpty()) {
            where.append(" and type in :types");
            params.and("types", filter.types);
        }
        long total = ConversionEntity.count(where.toString(), params);
        List<ConversionEntity> rows = size == 0 ? List.of()
                : ConversionEntity.<ConversionEntity>find(where + " and id > :after order by id",
                        params.and("after", afterId)).range(0, size).list(); // inclusive: size + 1 rows
        boolean hasNext = rows.size() > size;
        if (hasNext) {
            rows = rows.subList(0, size);
        }
        List<ConversionEdge> edges = rows.stream()
                .map(e -> new ConversionEdge(Cursors.encode(e.id), new Conversion(e))).toList();
        return new ConversionConnection(edges, edges.stream().map(ConversionEdge::node).toList(),
                new PageInfo(hasNext, afterId > 0, edges.isEmpty() ? null : edges.get(0).cursor(),
                        edges.isEmpty() ? null : edges.get(edges.size() - 1).cursor()),
                (int) total);
    }
}
