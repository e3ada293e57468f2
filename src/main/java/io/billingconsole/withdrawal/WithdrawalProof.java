package io.billingconsole.withdrawal;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import java.time.Instant;

/** A proof file of a withdrawal (PDF, PNG or JPEG by content), stored in the database under a generated name. */
@Entity
@Table(name = "withdrawal_proof")
public class WithdrawalProof extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "withdrawal_id")
    public long withdrawalId;

    @Column(name = "stored_name")
    public String storedName;

    @Column(name = "original_name")
    public String originalName;

    @Column(name = "content_type")
    public String contentType;

    @Column(name = "size_bytes")
    public int sizeBytes;

    @Basic(fetch = FetchType.LAZY)
    public byte[] content;

    @Column(name = "uploaded_by")
    public long uploadedBy;

    @Column(name = "uploaded_at")
    public Instant uploadedAt;
}
