package io.socialroi.imports;

import java.time.OffsetDateTime;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

import io.socialroi.common.AuditedEntity;
import io.socialroi.imports.file.ImportFormat;

/** One upload (table import_run): what was sent, what was detected and what was written. */
@Entity
@Table(name = "import_run")
public class ImportRunEntity extends AuditedEntity {
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "import_run_id")
    @SequenceGenerator(name = "import_run_id", sequenceName = "import_run_id_seq", allocationSize = 50)
    public Long id;
    @Column(name = "workspace_id")
    public long workspaceId;
    @Enumerated(EnumType.STRING)
    public ImportStatus status;
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "size_bytes")
    public long sizeBytes;
    @Enumerated(EnumType.STRING)
    public ImportFormat format;
    public String encoding;
    public String delimiter;
    public String locale;
    public String currency;
    @Column(name = "header_line")
    public Integer headerLine;
    @Column(name = "rows_read")
    public int rowsRead;
    @Column(name = "rows_written")
    public int rowsWritten;
    @Column(name = "rows_replaced")
    public int rowsReplaced;
    @Column(name = "rows_rejected")
    public int rowsRejected;
    /** The preview and the first line errors ({@link ImportResult} as JSON). */
    @Column(name = "result_json")
    public String resultJson;
    @Column(name = "created_at", insertable = false, updatable = false)
    public OffsetDateTime createdAt;
}
