package io.socialroi.common;

import java.util.Set;

/**
 * Finds the objects of one feature's types for {@code node(id:)}. Each feature contributes one bean, so the
 * query knows no feature and a new type is one resolver in its own package, not a case in a shared switch.
 */
public interface NodeResolver {

    /** The global ID types ({@link GlobalId}) this resolver answers for. */
    Set<String> types();

    /** The object of {@code type} with this database ID in the current workspace; null when there is none. */
    Node resolve(String type, long id);
}
