package io.socialroi.erasure;

import java.util.Optional;

import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The installation's generated erasure salt, when none is configured (ErasureConfig): one row, made once. */
@Entity
@Table(name = "erasure_salt")
public class ErasureSaltEntity extends PanacheEntityBase {

    static final short ONLY = 1;

    @Id
    public short id;
    public String salt;

    /**
     * The stored salt, or {@code candidate} stored now; two first erasures at once (in two workspaces, which do not
     * take turns) both end up with the one that was stored first.
     */
    static String storedOr(EntityManager em, String candidate) {
        em.createNativeQuery(INSERT_IF_NONE).setParameter("id", ONLY).setParameter("salt", candidate).executeUpdate();
        return Optional.ofNullable(ErasureSaltEntity.<ErasureSaltEntity>findById(ONLY)).map(row -> row.salt)
                .orElseThrow();
    }

    static final String INSERT_IF_NONE = """
            insert into erasure_salt (id, salt) values (:id, :salt) on conflict (id) do nothing""";
}
